package pstudio.engine;

import java.util.List;

/**
 * What {@link RunTelemetry#drainSpans} returns: the spans recorded since the cursor (in ring order,
 * each ring oldest first), how many were overwritten before this consumer read them, and the cursor
 * for the next drain.
 */
public record SpanBatch(List<WorkSpan> spans, long lost, SpanCursor next) {
    public SpanBatch {
        spans = List.copyOf(spans);
    }
}
