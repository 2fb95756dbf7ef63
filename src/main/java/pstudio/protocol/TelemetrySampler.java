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
    private TelemetrySnapshot last;

    TelemetrySampler(RunTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    /** The next sample, or null when nothing changed since the last one. */
    synchronized EngineMessage.Telemetry sample() {
        TelemetrySnapshot snapshot = telemetry.snapshot();
        SpanBatch spans = telemetry.drainSpans(cursor);
        cursor = spans.next();
        if (spans.spans().isEmpty() && spans.lost() == 0 && last != null && sameCounters(last, snapshot)) {
            return null;
        }
        last = snapshot;
        return new EngineMessage.Telemetry(snapshot, spans.spans(), spans.lost(), telemetry.workers());
    }

    private static boolean sameCounters(TelemetrySnapshot a, TelemetrySnapshot b) {
        return a.actors().equals(b.actors()) && a.library().equals(b.library()) && a.busyActors() == b.busyActors()
                && a.queueDepth() == b.queueDepth();
    }
}
