package pstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import pstudio.engine.OutputDelivery;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.Run;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;
import pstudio.parallelizer.StudioRun;
import pstudio.place.Backups;
import pstudio.place.DataModel;
import pstudio.place.PlaceFileException;
import pstudio.ui.document.PlaceDocument;

/**
 * Run and Stop. The engine runs on its own threads; its events wait in a {@link RunEventQueue} and
 * are drawn once per frame. Anything that can take time (writing the backup, stopping the run) happens
 * off the JavaFX thread, so the window never waits on a script.
 */
public final class RunController {
    private final RunView view;
    private final Backups backups;
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
    private Run run;
    private RunEventQueue queue;
    private long startNanos;

    RunController(RunView view, Backups backups) {
        this.view = view;
        this.backups = backups;
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
    public void start(PlaceDocument document, int workers) {
        if (phase.get().isRunning()) {
            return;
        }
        DataModel snapshot = document.place().copyPlace();
        run = StudioRun.create(document.place(), workers, OutputDelivery.DROP_PRINTS_WHEN_BEHIND);
        queue = new RunEventQueue();
        run.addListener(queue);
        startNanos = System.nanoTime();
        elapsedMillis.set(0);
        phase.set(RunPhase.RUNNING);
        view.runStarted(run.place());
        Run started = run;
        background.execute(() -> {
            writeBackup(snapshot, document.file());
            started.start();
        });
        frames.start();
    }

    private void writeBackup(DataModel snapshot, Path file) {
        try {
            backups.write(snapshot, file);
        } catch (PlaceFileException e) {
            queue.onEvents(List.of(new RunEvent.Output(0, OutputMessage.of(OutputLevel.WARN,
                    "No backup was written before this run: " + e.getMessage(), null, 0))));
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
        Run stopping = run;
        background.execute(() -> {
            boolean clean = stopping.stop();
            Platform.runLater(() -> {
                finish(clean);
                then.run();
            });
        });
    }

    private void finish(boolean clean) {
        drain();
        frames.stop();
        if (!clean) {
            view.output(List.of(OutputMessage.of(OutputLevel.WARN,
                    "Some script threads did not stop within a second and were abandoned", null, 0)));
        }
        run = null;
        queue = null;
        phase.set(RunPhase.EDITING);
        view.runEnded();
    }

    private void drain() {
        if (queue == null) {
            return;
        }
        RunEventQueue.Batch batch = queue.drain();
        if (!batch.output().isEmpty()) {
            view.output(batch.output());
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
}
