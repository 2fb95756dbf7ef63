package pstudio.ui.watch;

/**
 * The times of the latest telemetry snapshots, in a ring, so each actor's activity is its busy
 * time over the last second of snapshots. Used under the heatmap model's lock.
 */
final class ActivityClock {
    /** Snapshots kept: a little over two seconds at the engine's 60 a second. */
    static final int RING = 160;
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final long[] times = new long[RING];
    private long seq = -1;
    private long windowStart;

    static int slot(long seq) {
        return (int) (seq % RING);
    }

    /** A new snapshot taken at {@code atNanos}; its sequence number is {@link #seq()} from now. */
    void tick(long atNanos) {
        seq++;
        times[slot(seq)] = atNanos;
        long oldest = Math.max(0, seq - RING + 1);
        while (windowStart < oldest || (windowStart < seq && atNanos - times[slot(windowStart + 1)] >= WINDOW_NANOS)) {
            windowStart++;
        }
    }

    long seq() {
        return seq;
    }

    /** The oldest snapshot still within a second of the newest (or the one just before it). */
    long windowStart() {
        return windowStart;
    }

    long sinceLast() {
        return seq < 1 ? 0 : times[slot(seq)] - times[slot(seq - 1)];
    }

    /** Nanoseconds from snapshot {@code from} to the newest. */
    long span(long from) {
        return Math.max(1, times[slot(seq)] - times[slot(from)]);
    }
}
