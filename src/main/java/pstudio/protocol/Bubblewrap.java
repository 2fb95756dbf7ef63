package pstudio.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The second layer of the sandbox, for an engine child process on Linux: the JVM runs under
 * {@code bwrap} with no network, its own process ids, and a read-only view of the system, the JDK
 * and the application, and a private /tmp; it dies with its parent. Where bwrap is not installed
 * the command is returned as it is, and the SecurityManager is the only runtime layer.
 */
public final class Bubblewrap {
    static final Path INSTALLED = Path.of("/usr/bin/bwrap");

    private Bubblewrap() {
    }

    /** {@code javaCommand} wrapped in /usr/bin/bwrap, or unchanged where it is not installed. */
    public static List<String> wrap(List<String> javaCommand, Path jdk, Path app) {
        return wrap(javaCommand, jdk, app, INSTALLED);
    }

    static List<String> wrap(List<String> javaCommand, Path jdk, Path app, Path bwrap) {
        if (!Files.isExecutable(bwrap)) {
            return javaCommand;
        }
        List<String> wrapped = new ArrayList<>(List.of(bwrap.toString(),
                "--unshare-net", "--unshare-pid", "--die-with-parent", "--new-session",
                // what the JVM needs to start: shared libraries, and /etc for the JDK's own configuration
                "--ro-bind", "/usr", "/usr", "--ro-bind-try", "/lib", "/lib", "--ro-bind-try", "/lib64", "/lib64",
                "--ro-bind-try", "/bin", "/bin", "--ro-bind", "/etc", "/etc"));
        String jdkPath = jdk.toAbsolutePath().toString();
        String appPath = app.toAbsolutePath().toString();
        wrapped.addAll(List.of("--ro-bind", jdkPath, jdkPath, "--ro-bind", appPath, appPath,
                "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp", "--"));
        wrapped.addAll(javaCommand);
        return wrapped;
    }
}
