package pstudio.protocol;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import pstudio.engine.GlobalLibrary;

/**
 * How to start an engine process: the same Java and class path as this process, a heap limit of
 * its own, and the sandbox's flags.
 *
 * @param java          the java executable
 * @param classPath     the application's class path
 * @param heapMegabytes the engine's heap limit ({@code -Xmx})
 * @param jvmOptions    further options, e.g. the class-data-sharing archive
 */
public record EngineLaunch(Path java, String classPath, int heapMegabytes, List<String> jvmOptions) {
    /** The heap limit when the user sets none: a quarter of the machine's memory, rounded down to a power of two, from 256 MB to 4 GB. */
    public static final int DEFAULT_HEAP_MEGABYTES = defaultHeap();
    /** Tells the engine its limit as the user set it (the JVM reports a little less as its maximum). */
    static final String HEAP_PROPERTY = "pstudio.engine.heapMegabytes";
    /** Where an engine writes its class-data-sharing archive when it ends (set by app/studio once per build). */
    static final String ARCHIVE_AT_EXIT_PROPERTY = "pstudio.engine.archiveAtExit";
    /** Set by {@link #withoutWarmUp()}. */
    static final String NO_WARM_UP_PROPERTY = "pstudio.engine.noWarmUp";
    /** Set by {@link #withLibraries}: class names of further globals for the engine's run. */
    static final String LIBRARIES_PROPERTY = "pstudio.engine.libraries";
    /** Starts an engine as a Java without a SecurityManager would: to test what the studio does then. */
    static final String NO_SANDBOX_PROPERTY = "pstudio.engine.noSandbox";

    public EngineLaunch {
        if (heapMegabytes < 64) {
            throw new IllegalArgumentException("the engine needs a heap of at least 64 MB, not " + heapMegabytes);
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** An engine run by the same Java, from the same class path, as this process. */
    public static EngineLaunch likeThisProcess(int heapMegabytes) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> options = new ArrayList<>();
        String home = System.getProperty("pstudio.home");
        String making = System.getProperty(ARCHIVE_AT_EXIT_PROPERTY);
        // the engine's own archive: its classes (Groovy's compiler above all) are not the client's
        Path archive = home == null ? null : Path.of(home, "target", "engine.jsa");
        if (making != null) {
            options.add("-XX:ArchiveClassesAtExit=" + making);
        } else if (archive != null && Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        if (!options.isEmpty()) {
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        return new EngineLaunch(java, System.getProperty("java.class.path"), heapMegabytes, options);
    }

    /**
     * The same launch as an engine on a Java that has no SecurityManager and without bwrap, for
     * tests of the studio's unsandboxed path (the studio itself never asks for it).
     */
    public EngineLaunch withoutSandbox() {
        return withSwitch(NO_SANDBOX_PROPERTY);
    }

    boolean sandboxed() {
        return !jvmOptions.contains(switchOn(NO_SANDBOX_PROPERTY));
    }

    /**
     * The same launch for an engine that is handed its place at once (the headless runner's): it
     * skips the spare's warm-up and only loads Groovy while the place is on its way.
     */
    public EngineLaunch withoutWarmUp() {
        return withSwitch(NO_WARM_UP_PROPERTY);
    }

    /**
     * The same launch for an engine whose run also gets these globals, each made by its public
     * no-argument constructor: the benchmark's baselines, measured inside a real engine process.
     */
    public EngineLaunch withLibraries(List<Class<? extends GlobalLibrary>> libraries) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-D" + LIBRARIES_PROPERTY + "=" + libraries.stream().map(Class::getName)
                .collect(Collectors.joining(",")));
        return new EngineLaunch(java, classPath, heapMegabytes, options);
    }

    /** The same launch with a boolean system property of the engine's switched on. */
    private EngineLaunch withSwitch(String property) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(switchOn(property));
        return new EngineLaunch(java, classPath, heapMegabytes, options);
    }

    private static String switchOn(String property) {
        return "-D" + property + "=true";
    }

    /** The command line that starts the engine. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xmx" + heapMegabytes + "m");
        command.add("-D" + HEAP_PROPERTY + "=" + heapMegabytes);
        command.add("-XX:+UseParallelGC");
        command.add("-Djava.security.manager=allow");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(EngineMain.class.getName());
        return sandboxed() ? Bubblewrap.wrap(command, readOnlyPaths(), writablePaths()) : command;
    }

    /** What the engine may see under bwrap: the JDK, the class path (with the jars a manifest names) and the JVM's options' files. */
    private List<Path> readOnlyPaths() {
        List<Path> paths = new ArrayList<>();
        paths.add(realPath(java.getParent().getParent()));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path p = Path.of(entry).toAbsolutePath();
                paths.add(p);
                paths.addAll(manifestClassPath(p));
            }
        }
        for (String option : jvmOptions) {
            if (option.startsWith("-XX:SharedArchiveFile=")) {
                paths.add(Path.of(option.substring("-XX:SharedArchiveFile=".length())));
            }
        }
        return paths;
    }

    /** Only the folder of a class-data archive being made (app/studio's own run of the sample) is writable. */
    private List<Path> writablePaths() {
        List<Path> paths = new ArrayList<>();
        for (String option : jvmOptions) {
            if (option.startsWith("-XX:ArchiveClassesAtExit=")) {
                Path folder = Path.of(option.substring("-XX:ArchiveClassesAtExit=".length())).toAbsolutePath().getParent();
                if (folder != null) {
                    paths.add(folder);
                }
            }
        }
        return paths;
    }

    /** A launcher jar (as test runners use) lists the real class path in its manifest. */
    private static List<Path> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (listed == null) {
                return List.of();
            }
            List<Path> paths = new ArrayList<>();
            for (String url : listed.trim().split("\\s+")) {
                try {
                    URI uri = jar.toUri().resolve(url);
                    if ("file".equals(uri.getScheme())) {
                        paths.add(Path.of(uri));
                    }
                } catch (IllegalArgumentException e) {
                    // an entry that is not a file path cannot be bound; the JVM would not load it either
                }
            }
            return paths;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static int defaultHeap() {
        long machine = machineMemoryBytes();
        long quarter = machine > 0 ? machine / 4 / (1 << 20) : 1024;
        return (int) Math.max(256, Math.min(4096, Long.highestOneBit(Math.max(1, quarter))));
    }

    private static long machineMemoryBytes() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    }
}
