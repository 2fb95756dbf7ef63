package pstudio.ui;

import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * Run state (or the place being opened, with a busy bar), elapsed run time, workers and heap in use (the run's engine during a run),
 * along the bottom of the window.
 */
final class StudioStatusBar {
    private final StatusBar bar = new StatusBar();
    private final Label elapsed = new Label();
    private final Label workers = new Label();
    private final Label heap = new Label();

    StudioStatusBar(RunController runs, ObservableObjectValue<Path> opening, ObservableIntegerValue workerCount) {
        bar.textProperty().bind(Bindings.createStringBinding(
                () -> opening.get() != null ? "Opening " + opening.get().getFileName() + "\u2026" : runs.phase().label(),
                runs.phaseProperty(), opening));
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> opening.get() != null ? ProgressIndicator.INDETERMINATE_PROGRESS : 0, opening));
        elapsed.textProperty().bind(Bindings.createStringBinding(
                () -> runs.phase().isRunning() ? formatElapsed(runs.elapsedMillisProperty().get()) : "",
                runs.elapsedMillisProperty(), runs.phaseProperty()));
        workers.textProperty().bind(Bindings.createStringBinding(() -> "Workers " + workerCount.get(), workerCount));
        bar.getRightItems().addAll(elapsed, separator(), workers, separator(), heap);
        bar.getStyleClass().add("studio-status");
        updateHeap(runs);
        Timeline heapTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> updateHeap(runs)));
        heapTicker.setCycleCount(Timeline.INDEFINITE);
        heapTicker.play();
    }

    StatusBar node() {
        return bar;
    }

    static String formatElapsed(long millis) {
        long seconds = millis / 1000;
        return String.format("%d:%02d.%d", seconds / 60, seconds % 60, (millis % 1000) / 100);
    }

    /** During a run, the run's own engine process (what Run > Engine Memory limits); otherwise the studio's. */
    private void updateHeap(RunController runs) {
        String engine = runs.engineHeap();
        if (engine != null) {
            heap.setText("Run heap " + engine);
            return;
        }
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
        heap.setText("Heap " + used + " MB");
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
