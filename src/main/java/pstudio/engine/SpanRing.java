package pstudio.engine;

/**
 * One worker thread's spans: a ring of {@link #CAPACITY} that overwrites its oldest. Only its own
 * thread writes; readers take what was written after their cursor and discard any slot the writer
 * may have overwritten while they read, so nobody ever waits.
 */
final class SpanRing {
    static final int CAPACITY = 4096;
    private static final int MASK = CAPACITY - 1;

    final int index;
    final String threadName;
    private final WorkSpan[] slots = new WorkSpan[CAPACITY];
    /** Spans ever written; the newest is at {@code written - 1}. */
    private volatile long written;
    /** The batch running on this thread now (its end is meaningless), or null. */
    private volatile WorkSpan open;

    SpanRing(int index, String threadName) {
        this.index = index;
        this.threadName = threadName;
    }

    /** Called by the ring's own thread only. */
    void add(WorkSpan span) {
        long w = written;
        slots[(int) (w & MASK)] = span;
        written = w + 1;
        open = null;
    }

    /** Called by the ring's own thread only, as a batch starts; {@link #add} ends it. */
    void opened(WorkSpan span) {
        open = span;
    }

    WorkSpan open() {
        return open;
    }

    long written() {
        return written;
    }

    long overwritten() {
        return Math.max(0, written - CAPACITY);
    }

    /**
     * Appends the spans written since {@code from} to {@code out}; returns where the next read
     * starts. Spans overwritten before they could be read are counted in {@code lost[0]}.
     */
    long readSince(long from, java.util.List<WorkSpan> out, long[] lost) {
        long to = written;
        long start = Math.max(from, to - CAPACITY);
        lost[0] += start - from;
        int mark = out.size();
        for (long seq = start; seq < to; seq++) {
            out.add(slots[(int) (seq & MASK)]);
        }
        // the writer may have lapped the reader meanwhile: what it overwrote is lost, not misread
        long safe = written - CAPACITY;
        if (safe > start) {
            int drop = (int) Math.min(safe - start, to - start);
            out.subList(mark, mark + drop).clear();
            lost[0] += drop;
        }
        return to;
    }
}
