package pstudio.protocol;

import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanBatch;
import pstudio.engine.SpanCursor;
import pstudio.engine.TelemetrySnapshot;

/**
 * Turns the run's telemetry into messages: the exact counters as they are now and the spans since
 * the last sample. Sampling, not an event per batch, is what keeps the studio's view exact however
 * fast the run goes: a late sample is still a true one.
 */
final class TelemetrySampler {
    private final RunTelemetry telemetry;
    private SpanCursor cursor = SpanCursor.START;
    private static final long HEAP_CHANGE_WORTH_SENDING = 1 << 20;
    private TelemetrySnapshot last;
    private long lastHeapUsed;
    private final long heapLimitBytes = OutOfMemory.limitMegabytes() << 20;

    TelemetrySampler(RunTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    /** The next sample, or null when nothing changed since the last one. */
    synchronized EngineMessage.Telemetry sample() {
        TelemetrySnapshot snapshot = telemetry.snapshot();
        SpanBatch spans = telemetry.drainSpans(cursor);
        cursor = spans.next();
        Runtime heap = Runtime.getRuntime();
        long used = heap.totalMemory() - heap.freeMemory();
        if (spans.spans().isEmpty() && spans.lost() == 0 && last != null && sameCounters(last, snapshot)
                && Math.abs(used - lastHeapUsed) < HEAP_CHANGE_WORTH_SENDING) {
            return null;
        }
        last = snapshot;
        lastHeapUsed = used;
        return new EngineMessage.Telemetry(snapshot, spans.spans(), spans.lost(), telemetry.workers(), used,
                heapLimitBytes);
    }

    private static boolean sameCounters(TelemetrySnapshot a, TelemetrySnapshot b) {
        return a.actors().equals(b.actors()) && a.library().equals(b.library()) && a.busyActors() == b.busyActors()
                && a.queueDepth() == b.queueDepth() && b.running().isEmpty(); // a running batch grows: worth a sample
    }
}
