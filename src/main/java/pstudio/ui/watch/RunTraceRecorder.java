package pstudio.ui.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.TraceWriter;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;

/**
 * Keeps what File > Export Trace writes: the run's lifecycle, state changes, and each sample's
 * spans and counters (without the per-actor counters, which a trace does not show). Spans beyond
 * {@link #MAX_SPANS} are counted, and the trace says how many are missing.
 */
public final class RunTraceRecorder implements RunObserver {
    static final int MAX_SPANS = 1_000_000;

    private final List<EngineMessage> kept = new ArrayList<>();
    private long spans;
    private int lastBusy = -1;
    private int lastQueue = -1;

    @Override
    public synchronized void runStarted(RunCommands commands) {
        kept.clear();
        spans = 0;
        lastBusy = -1;
        lastQueue = -1;
    }

    @Override
    public synchronized void onMessage(EngineMessage message) {
        if (message instanceof EngineMessage.Lifecycle || message instanceof EngineMessage.StateChanged) {
            kept.add(message);
        } else if (message instanceof EngineMessage.Telemetry t) {
            keepSample(t);
        }
    }

    private void keepSample(EngineMessage.Telemetry t) {
        TelemetrySnapshot s = t.snapshot();
        int room = (int) Math.max(0, Math.min(t.spans().size(), MAX_SPANS - spans));
        List<WorkSpan> keep = room == t.spans().size() ? t.spans() : t.spans().subList(0, room);
        long lost = t.spansLost() + t.spans().size() - room;
        if (keep.isEmpty() && lost == 0 && s.busyActors() == lastBusy && s.queueDepth() == lastQueue) {
            return;
        }
        spans += keep.size();
        lastBusy = s.busyActors();
        lastQueue = s.queueDepth();
        TelemetrySnapshot slim = new TelemetrySnapshot(s.atNanos(), List.of(), s.busyActors(), s.queueDepth(), 0, 0,
                List.of());
        kept.add(new EngineMessage.Telemetry(slim, keep, lost, t.workers(), 0, 0));
    }

    @Override
    public void runEnded() {
    }

    /** Whether there is a run to export: one was started since the studio opened. */
    public synchronized boolean hasRun() {
        return !kept.isEmpty();
    }

    /** Writes the run so far as Chrome trace-event JSON; call off the JavaFX thread. */
    public void export(Path file, String processName) throws IOException {
        List<EngineMessage> messages;
        synchronized (this) {
            messages = List.copyOf(kept);
        }
        try (TraceWriter writer = new TraceWriter(file, processName)) {
            for (EngineMessage m : messages) {
                writer.onMessage(m);
            }
        }
    }
}
