package pstudio.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import pstudio.protocol.TraceWriter;
import pstudio.engine.RunState;
import pstudio.protocol.EngineListener;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;

/**
 * What the runner learns from its engine process: output goes to the console, lifecycle events and
 * telemetry to the trace, and the moments the runner waits for (scripts started, quiescent, the
 * engine gone) become latches. Called on the engine's reader thread, in the order the engine sent.
 */
final class RunnerSession implements EngineListener {
    private final ConsoleOutput console;
    private final TraceWriter tracer;
    private final CountDownLatch scriptsStarted = new CountDownLatch(1);
    private final CountDownLatch quiescent = new CountDownLatch(1);
    /** Quiescent or gone: either ends the runner's wait. */
    private final CountDownLatch settled = new CountDownLatch(1);
    private final CompletableFuture<EngineMessage.Busy> busy = new CompletableFuture<>();
    private volatile EngineMessage.Statistics statistics;
    private volatile String problem;

    RunnerSession(ConsoleOutput console, TraceWriter tracer) {
        this.console = console;
        this.tracer = tracer;
    }

    @Override
    public void onMessage(EngineMessage message) {
        if (tracer != null) {
            tracer.onMessage(message);
        }
        if (message instanceof EngineMessage.Output o) {
            console.print(o.messages());
        } else if (message instanceof EngineMessage.ScriptsStarted) {
            scriptsStarted.countDown();
        } else if (message instanceof EngineMessage.StateChanged s && s.state() == RunState.QUIESCENT) {
            scriptsStarted.countDown();
            quiescent.countDown();
            settled.countDown();
        } else if (message instanceof EngineMessage.Busy b) {
            busy.complete(b);
        } else if (message instanceof EngineMessage.Statistics s) {
            statistics = s;
        }
    }

    @Override
    public void onExit(String why) {
        problem = why;
        scriptsStarted.countDown();
        settled.countDown();
        busy.complete(null);
    }

    void awaitScriptsStarted(Duration timeout) throws InterruptedException {
        scriptsStarted.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once the run is quiescent; false at the timeout or when the engine is gone. */
    boolean awaitQuiescent(Duration timeout) throws InterruptedException {
        settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return quiescent.getCount() == 0;
    }

    /** Where the scripts are busy, as the engine answers; null if it is gone. Waits behind the output still on its way. */
    EngineMessage.Busy askBusy(EngineProcess engine) throws InterruptedException {
        try {
            engine.reportBusy();
            return busy.get();
        } catch (IOException | ExecutionException e) {
            return null; // the engine is gone; its exit says why
        }
    }

    /** The run's figures, sent by the engine after Stop; null if it ended otherwise. */
    EngineMessage.Statistics statistics() {
        return statistics;
    }

    /** Why the engine ended other than by Stop (out of memory, a crash), or null. */
    String problem() {
        return problem;
    }
}
