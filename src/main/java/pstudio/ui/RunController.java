package pstudio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;
import pstudio.protocol.EngineListener;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;
import pstudio.protocol.OutOfMemory;
import pstudio.protocol.RunTreeReplica;
import pstudio.protocol.Sandbox;
import pstudio.protocol.SpareEngine;
import pstudio.place.Backups;
import pstudio.place.EditableImage;
import pstudio.place.Instance;
import pstudio.place.DataModel;
import pstudio.place.PlaceFileException;
import pstudio.ui.alerts.CrashChainAlert;
import pstudio.ui.alerts.RunAlerts;
import pstudio.ui.alerts.StopSummary;
import pstudio.ui.document.PlaceDocument;

/**
 * Run and Stop. Each run is an engine process of its own (see {@link SpareEngine}): the place
 * goes to it as a copy, and its output, state and tree changes come back as messages that wait in
 * queues and are drawn once per frame. Anything that can take time (writing the backup, waiting
 * for the engine, stopping it) happens off the JavaFX thread, so the window never waits on a script.
 */
public final class RunController {
    /** Tree changes applied per frame: a run that adds 100,000 instances fills the Explorer over a few frames. */
    private static final int TREE_CHANGES_PER_FRAME = 10_000;
    /** How long Stop waits for the engine to say where it is busy before it stops it anyway. */
    private static final Duration BUSY_ANSWER_WAIT = Duration.ofMillis(300);

    private final RunView view;
    private final Backups backups;
    private RunTreeReplica shownReplica;
    private final SpareEngine engines;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-run-control");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<RunPhase> phase = new ReadOnlyObjectWrapper<>(RunPhase.EDITING);
    private final ReadOnlyLongWrapper elapsedMillis = new ReadOnlyLongWrapper();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };
    private final List<RunObserver> observers = new CopyOnWriteArrayList<>();
    private ActiveRun active;
    private long startNanos;

    RunController(RunView view, Backups backups, SpareEngine engines) {
        this.view = view;
        this.backups = backups;
        this.engines = engines;
    }

    /** Adds a panel's model that watches every run from now on. */
    /**
     * The EditableImages in the Workspace of the run going on, or of the last one: a result stays on
     * show until the next Run. JavaFX thread, as the tree copy they live in.
     */
    public List<EditableImage> runImages() {
        RunTreeReplica replica = shownReplica;
        if (replica == null) {
            return List.of();
        }
        Instance workspace = replica.place().FindFirstChild("Workspace");
        return replica.images().stream().filter(i -> workspace != null && i.IsDescendantOf(workspace)).toList();
    }

    public void addObserver(RunObserver observer) {
        observers.add(observer);
    }

    public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public RunPhase phase() {
        return phase.get();
    }

    public ReadOnlyLongProperty elapsedMillisProperty() {
        return elapsedMillis.getReadOnlyProperty();
    }

    /** Starts a run of the document's place as it is now, saved or not, after a backup of it. */
    public void start(PlaceDocument document, int workers, boolean createdHere) {
        if (phase.get().isRunning()) {
            return;
        }
        // one copy is both the backup and what the engine gets; both only read it
        DataModel snapshot = document.place().copyPlace();
        ActiveRun run = new ActiveRun(new RunTreeReplica(document.place().copyPlace()), createdHere,
                document.displayName());
        active = run;
        shownReplica = run.replica;
        startNanos = System.nanoTime();
        elapsedMillis.set(0);
        phase.set(RunPhase.RUNNING);
        view.runStarted(run.replica.place());
        for (RunObserver observer : observers) {
            observer.runStarted(run);
        }
        Path file = document.file();
        background.execute(() -> {
            writeBackup(run, snapshot, file);
            run.begin(snapshot, workers);
        });
        frames.start();
    }

    private void writeBackup(ActiveRun run, DataModel snapshot, Path file) {
        try {
            backups.write(snapshot, file);
        } catch (PlaceFileException e) {
            run.say(OutputLevel.WARN, "No backup was written before this run: " + e.getMessage() + ".");
        } catch (RuntimeException e) {
            // the run must still begin; such a message could name a Java class, so it is not shown
            run.say(OutputLevel.WARN, "No backup was written before this run: the disk refused it.");
        }
    }

    /** Ends the run (within about a second even for an endless loop), then brings back the edited place. */
    public void stop() {
        stop(() -> { });
    }

    /** Stops a run if there is one, then calls {@code then} on the JavaFX thread. */
    public void stop(Runnable then) {
        if (!phase.get().isRunning()) {
            then.run();
            return;
        }
        if (phase.get() == RunPhase.STOPPING) {
            return;
        }
        phase.set(RunPhase.STOPPING);
        long ranMillis = (System.nanoTime() - startNanos) / 1_000_000;
        elapsedMillis.set(ranMillis); // and it stays in the status bar
        ActiveRun stopping = active;
        stopping.stopRequested = true;
        background.execute(() -> {
            EngineMessage.Busy busy = stopping.askBusy();
            stopping.end();
            stopping.say(OutputLevel.INFO, StopSummary.of(ranMillis, busy == null ? List.of() : busy.locations(),
                    busy != null && busy.quiescent(), stopping.alerts.dispatchesInFlight()));
            Platform.runLater(() -> {
                finish(stopping);
                then.run();
            });
        });
    }

    /** The running engine's heap in use and its limit, in MB, as "used / limit"; null when no engine reported one. */
    String engineHeap() {
        ActiveRun run = active;
        if (run == null || run.heapLimitBytes == 0) {
            return null;
        }
        return (run.heapUsedBytes >> 20) + " / " + (run.heapLimitBytes >> 20) + " MB";
    }

    /** Ends the spare engine too: the window is going away. */
    void shutdown() {
        engines.close();
    }

    private void finish(ActiveRun run) {
        if (active != run) {
            return;
        }
        drawPending(run);
        frames.stop();
        active = null;
        phase.set(RunPhase.EDITING);
        engines.prepareInBackground(); // the run's cores are free again
        view.runEnded();
        for (RunObserver observer : observers) {
            observer.runEnded();
        }
    }

    private void drain() {
        ActiveRun run = active;
        if (run == null) {
            return;
        }
        RunEventQueue.Batch batch = drawPending(run);
        if (run.endedByItself && phase.get() != RunPhase.STOPPING) {
            finish(run);
            return;
        }
        if (phase.get() != RunPhase.STOPPING) {
            if (batch.latestState() == RunState.QUIESCENT) {
                phase.set(RunPhase.IDLE);
            } else if (batch.latestState() == RunState.RUNNING) {
                phase.set(RunPhase.RUNNING);
            }
            elapsedMillis.set((System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /** Applies this frame's share of tree changes, shows the waiting output and crash chains; returns what was drawn. */
    private RunEventQueue.Batch drawPending(ActiveRun run) {
        // taken before the output, so that the output a chain came after is on show when it is told
        List<CrashChainAlert> chains = run.alerts.drainCrashChains();
        for (int i = 0; i < TREE_CHANGES_PER_FRAME; i++) {
            EngineMessage change = run.treeChanges.poll();
            if (change == null) {
                break;
            }
            run.replica.apply(change);
        }
        RunEventQueue.Batch batch = run.events.drain();
        if (!batch.output().isEmpty()) {
            view.output(batch.output());
        }
        for (CrashChainAlert chain : chains) {
            view.crashChainCaught(chain);
        }
        return batch;
    }

    private interface EngineCommand {
        void sendTo(EngineProcess engine) throws IOException;
    }

    /** One press of Run: its engine, its queues, and its copy of the run's tree. */
    private final class ActiveRun implements EngineListener, RunCommands {
        final RunTreeReplica replica;
        final RunEventQueue events = new RunEventQueue();
        final Queue<EngineMessage> treeChanges = new ConcurrentLinkedQueue<>();
        final RunAlerts alerts = new RunAlerts();
        volatile boolean stopRequested;
        volatile boolean endedByItself;
        volatile long heapUsedBytes;
        volatile long heapLimitBytes;
        private EngineProcess engine;

        private final boolean createdHere;
        private final String placeName;

        ActiveRun(RunTreeReplica replica, boolean createdHere, String placeName) {
            this.replica = replica;
            this.createdHere = createdHere;
            this.placeName = placeName;
        }

        /** Where nothing sandboxes the engine, a place from elsewhere runs only if the user says so. */
        private boolean allowed(EngineProcess engine) throws InterruptedException {
            if (engine.sandbox() != null || createdHere) {
                return true;
            }
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            Platform.runLater(() -> answer.complete(view.confirmUnsandboxedRun(placeName)));
            try {
                return answer.get();
            } catch (ExecutionException e) {
                return false;
            }
        }

        /** On the background thread: takes the warm engine and hands it the place, unless Stop came first. */
        void begin(DataModel place, int workers) {
            try {
                EngineProcess taken = engines.take();
                synchronized (this) {
                    if (stopRequested) {
                        taken.close();
                        return;
                    }
                    engine = taken;
                }
                if (!allowed(taken)) {
                    taken.close();
                    say(OutputLevel.INFO, "The run was cancelled: " + placeName + " would have run without a sandbox");
                    endedByItself = true;
                    return;
                }
                if (!taken.securityManagerHolds()) {
                    String sandbox = taken.sandbox();
                    say(OutputLevel.WARN, "This run is not sandboxed: this Java has no SecurityManager, so nothing stops"
                            + " its scripts from using " + Sandbox.ENFORCED
                            + (sandbox == null ? "" : " (only " + sandbox + " holds)")
                            + ". Run only places you trust, or use Java 17 to 23.");
                }
                taken.startRun(place, workers, this);
            } catch (IOException e) {
                onExit("The run could not start: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** On the background thread, before end: where the scripts are busy, or null if the engine cannot say. */
        EngineMessage.Busy askBusy() {
            EngineProcess e;
            synchronized (this) {
                e = engine;
            }
            try {
                return e == null ? null : alerts.askBusy(e, BUSY_ANSWER_WAIT);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** On the background thread, after begin: Stop, which kills the process if it does not end in time. */
        void end() {
            EngineProcess e;
            synchronized (this) {
                e = engine;
            }
            if (e != null) {
                try {
                    e.stop();
                } catch (InterruptedException interrupted) {
                    e.close();
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void onMessage(EngineMessage message) {
            if (message instanceof EngineMessage.Output o) {
                List<RunEvent> output = new ArrayList<>(o.messages().size());
                for (OutputMessage m : o.messages()) {
                    output.add(new RunEvent.Output(0, m));
                }
                events.onEvents(output);
            } else if (message instanceof EngineMessage.Telemetry t) {
                heapUsedBytes = t.heapUsedBytes();
                heapLimitBytes = t.heapLimitBytes();
                observe(message);
                alerts.onMessage(t);
            } else if (message instanceof EngineMessage.StateChanged s) {
                events.onEvents(List.of(new RunEvent.StateChanged(s.runNanos(), s.state())));
            } else if (message instanceof EngineMessage.Lifecycle || message instanceof EngineMessage.DispatchAgainResult
                    || message instanceof EngineMessage.Busy) {
                observe(message);
                alerts.onMessage(message);
            } else if (!(message instanceof EngineMessage.Ended) && !(message instanceof EngineMessage.ScriptsStarted)
                    && !(message instanceof EngineMessage.Statistics)) {
                treeChanges.add(message);
            }
        }

        private void observe(EngineMessage message) {
            for (RunObserver observer : observers) {
                observer.onMessage(message);
            }
        }

        @Override
        public void cancelDispatch(long dispatchId) {
            command(e -> e.cancelDispatch(dispatchId));
        }

        @Override
        public void dispatchAgain(long dispatchId, int threadCount, int batchSize) {
            command(e -> e.dispatchAgain(dispatchId, threadCount, batchSize));
        }

        @Override
        public void reportBusy() {
            command(EngineProcess::reportBusy);
        }

        /** Sends a command off the JavaFX thread; a command to a run that has ended is dropped. */
        private void command(EngineCommand command) {
            background.execute(() -> {
                EngineProcess e;
                synchronized (this) {
                    e = engine;
                }
                if (e == null || stopRequested || !e.isAlive()) {
                    return;
                }
                try {
                    command.sendTo(e);
                } catch (IOException gone) {
                    // the engine has ended; its exit is reported by onExit
                }
            });
        }

        @Override
        public void onExit(String problem) {
            if (problem == null || stopRequested) {
                return;
            }
            say(OutputLevel.ERROR, OutOfMemory.endedRun(problem) ? problem + " (Run > Engine Memory sets it)" : problem);
            endedByItself = true;
        }

        /** A message of the studio's own about this run, in the Output among the run's. */
        void say(OutputLevel level, String text) {
            events.onEvents(List.of(new RunEvent.Output(0, OutputMessage.of(level, text, null, 0))));
        }
    }
}
