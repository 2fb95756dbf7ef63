package pstudio.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** {@code javaCommand} wrapped in /usr/bin/bwrap, seeing only {@code readOnly} beyond the system; unchanged without bwrap. */
    public static List<String> wrap(List<String> javaCommand, List<Path> readOnly) {
        return wrap(javaCommand, readOnly, List.of(), INSTALLED);
    }

    /** The same, and {@code writable} folders writable (only for the studio's own runs, as when it makes its class-data archive). */
    public static List<String> wrap(List<String> javaCommand, List<Path> readOnly, List<Path> writable) {
        return wrap(javaCommand, readOnly, writable, INSTALLED);
    }

    /**
     * Whether bwrap is installed and can make its namespaces here (a container may forbid them): tried
     * once per process with the flags an engine gets, so an engine is never wrapped in a bwrap that fails.
     */
    public static boolean isUsable() {
        return Usable.ANSWER;
    }

    /** The answer of one trial run of bwrap, made when first asked. */
    private static final class Usable {
        static final boolean ANSWER = tryOnce(INSTALLED);

        private static boolean tryOnce(Path bwrap) {
            if (!Files.isExecutable(bwrap)) {
                return false;
            }
            try {
                Process trial = new ProcessBuilder(bwrap.toString(), "--unshare-net", "--unshare-pid", "--die-with-parent",
                        "--new-session", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp",
                        "--", "/bin/sh", "-c", "exit 0").redirectErrorStream(true).start();
                trial.getInputStream().readAllBytes();
                return trial.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && trial.exitValue() == 0;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    static List<String> wrap(List<String> javaCommand, List<Path> readOnly, List<Path> writable, Path bwrap) {
        if (!Files.isExecutable(bwrap) || (bwrap.equals(INSTALLED) && !isUsable())) {
            return javaCommand;
        }
        List<String> wrapped = new ArrayList<>(List.of(bwrap.toString(),
                "--unshare-net", "--unshare-pid", "--die-with-parent", "--new-session",
                // what the JVM needs to start: shared libraries, and /etc for the JDK's own configuration
                "--ro-bind", "/usr", "/usr", "--ro-bind-try", "/lib", "/lib", "--ro-bind-try", "/lib64", "/lib64",
                "--ro-bind-try", "/bin", "/bin", "--ro-bind", "/etc", "/etc",
                // before the application's binds: a checkout under /tmp must stay visible above the private /tmp
                "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"));
        Set<String> bound = new LinkedHashSet<>();
        for (Path p : readOnly) {
            bound.add(p.toAbsolutePath().normalize().toString());
        }
        for (String path : bound) {
            wrapped.addAll(List.of("--ro-bind-try", path, path));
        }
        for (Path p : writable) {
            String path = p.toAbsolutePath().normalize().toString();
            wrapped.addAll(List.of("--bind", path, path));
        }
        wrapped.add("--");
        wrapped.addAll(javaCommand);
        return wrapped;
    }
}
