package pstudio.protocol;

/**
 * How a run that ran out of memory is told, on either side of the boundary: the engine says where
 * (it saw the script's error), the client says so without a place when the engine died first.
 */
public final class OutOfMemory {
    private static final String START = "The run ran out of memory";

    private OutOfMemory() {
    }

    /** {@code The run ran out of memory at X:3: its scripts needed more than ...}; {@code location} may be null. */
    static String sentence(String location, long limitMegabytes) {
        return START + (location == null ? "" : " at " + location) + ": its scripts needed more than the engine's limit of "
                + limitMegabytes + " MB, so the run was ended";
    }

    /** Whether a run's end is this one (the studio then says where the limit is set). */
    public static boolean endedRun(String problem) {
        return problem != null && problem.startsWith(START);
    }

    /** Inside an engine: its heap limit as the user set it (the JVM reports a little less as its maximum). */
    static long limitMegabytes() {
        return Long.getLong(EngineLaunch.HEAP_PROPERTY, Runtime.getRuntime().maxMemory() >> 20);
    }
}
