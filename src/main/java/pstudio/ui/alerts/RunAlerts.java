package pstudio.ui.alerts;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pstudio.engine.TelemetrySnapshot;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;

/**
 * What one run's messages say that the person must be told: crash chains (waiting here until the
 * JavaFX thread takes them, once per frame), and for Stop's summary the dispatches still running,
 * their latest progress, and the engine's answer to "where are you busy". Fed on the engine's
 * reader thread; no toolkit.
 */
public final class RunAlerts {
    private final Queue<CrashChainAlert> chains = new ConcurrentLinkedQueue<>();
    private final Map<Long, String> threadNames = new HashMap<>();
    private final Map<Long, ParallelizerEvent.DispatchStarted> inFlight = new LinkedHashMap<>();
    private volatile TelemetrySnapshot latest;
    private volatile CompletableFuture<EngineMessage.Busy> busy = new CompletableFuture<>();

    /** On the reader thread: takes lifecycle events, telemetry and Busy answers, ignores the rest. */
    public void onMessage(EngineMessage message) {
        if (message instanceof EngineMessage.Lifecycle l) {
            onEvent(l.event());
        } else if (message instanceof EngineMessage.Telemetry t) {
            latest = t.snapshot();
        } else if (message instanceof EngineMessage.Busy b) {
            busy.complete(b);
        }
    }

    private synchronized void onEvent(Record event) {
        if (event instanceof ParallelizerEvent.DispatchStarted s) {
            threadNames.put(s.dispatchId(), s.threadName());
            inFlight.put(s.dispatchId(), s);
        } else if (event instanceof ParallelizerEvent.DispatchEnded e) {
            inFlight.remove(e.dispatchId());
        } else if (event instanceof ParallelizerEvent.CrashChain c) {
            chains.add(CrashChainAlert.of(c, threadNames.get(c.dispatchId())));
        }
    }

    /** The crash chains caught since the last call, oldest first. */
    public List<CrashChainAlert> drainCrashChains() {
        List<CrashChainAlert> caught = new ArrayList<>();
        CrashChainAlert next;
        while ((next = chains.poll()) != null) {
            caught.add(next);
        }
        return caught;
    }

    /**
     * Asks {@code engine} where its scripts are busy and waits up to {@code timeout} for the answer;
     * null if the engine is gone or too slow to say (Stop does not wait on it any longer).
     */
    public EngineMessage.Busy askBusy(EngineProcess engine, Duration timeout) throws InterruptedException {
        CompletableFuture<EngineMessage.Busy> answer = new CompletableFuture<>();
        busy = answer;
        try {
            engine.reportBusy();
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The dispatches started and not ended, oldest first, with their progress in the latest telemetry. */
    public synchronized List<StopSummary.CutDispatch> dispatchesInFlight() {
        Map<Long, DispatchProgress> progress = new HashMap<>();
        TelemetrySnapshot snapshot = latest;
        if (snapshot != null) {
            for (TelemetrySnapshot.LibrarySample sample : snapshot.library()) {
                if (sample instanceof DispatchProgress p) {
                    progress.put(p.dispatchId(), p);
                }
            }
        }
        List<StopSummary.CutDispatch> cut = new ArrayList<>();
        for (ParallelizerEvent.DispatchStarted s : inFlight.values()) {
            DispatchProgress p = progress.get(s.dispatchId());
            cut.add(new StopSummary.CutDispatch(s.threadName(), s.threadCount(),
                    p == null ? 0 : p.done(), p == null ? 0 : p.failed()));
        }
        return cut;
    }
}
