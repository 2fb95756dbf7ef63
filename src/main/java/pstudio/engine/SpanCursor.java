package pstudio.engine;

import java.util.Arrays;

/** How far a consumer has read each worker's span ring; immutable. Start with {@link #START}. */
public final class SpanCursor {
    public static final SpanCursor START = new SpanCursor(new long[0]);

    private final long[] read;

    SpanCursor(long[] read) {
        this.read = read;
    }

    long readOf(int ring) {
        return ring < read.length ? read[ring] : 0;
    }

    SpanCursor with(long[] next) {
        return new SpanCursor(next);
    }

    @Override
    public String toString() {
        return "SpanCursor" + Arrays.toString(read);
    }
}
