package pstudio.engine;

/** The run's clock: nanoseconds since the run was made, the time base of its events, spans and telemetry. */
public final class RunClock {
    private final long origin = System.nanoTime();

    public long nanos() {
        return System.nanoTime() - origin;
    }

    /** The run-clock time of a {@link System#nanoTime()} reading. */
    public long at(long systemNanos) {
        return systemNanos - origin;
    }
}
