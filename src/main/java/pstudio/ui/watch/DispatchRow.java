package pstudio.ui.watch;

/**
 * One dispatch of the run as the history table shows it: an immutable copy the FX thread reads.
 * {@code script} is null (and {@code line} 0) for a dispatch sent from the studio ("Dispatch again").
 * {@code wallNanos} is the time so far while it runs; {@code utilisation} is busy time over wall time × workers.
 */
public record DispatchRow(long id, long againOf, String threadName, String scheduler, String script, int line,
                          int threads, int batchSize, int actors, Status status, long done, long failed,
                          long wallNanos, int workers, long busyNanos) {

    public enum Status {
        RUNNING("running"), DONE("done"), FAILED("failed"), CANCELLED("cancelled"), CRASH_CHAIN("crash chain");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Threads that ended (done or failed) over the thread count; a dispatch of no threads is complete. */
    public double progress() {
        return threads == 0 ? 1 : Math.min(1, (double) (done + failed) / threads);
    }

    /** Threads finished per second of wall time; 0 before any time has passed. */
    public double threadsPerSecond() {
        return wallNanos <= 0 ? 0 : (done + failed) * 1e9 / wallNanos;
    }

    /** Share of the workers' time the dispatch's batches kept busy, 0 to 1. */
    public double utilisation() {
        if (wallNanos <= 0 || workers <= 0) {
            return 0;
        }
        return Math.min(1, (double) busyNanos / ((double) wallNanos * workers));
    }

    /** The batch size DispatchEquallyAsync would choose: every actor gets one batch. */
    public int equalBatchSize() {
        return DispatchSweep.equalBatchSize(threads, actors);
    }

    public String caller() {
        return script == null ? "" : script + ":" + line;
    }
}
