package pstudio.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/** Run state, elapsed run time, workers and heap in use, along the bottom of the window. */
final class StudioStatusBar {
    private final StatusBar bar = new StatusBar();
    private final Label elapsed = new Label();
    private final Label workers = new Label();
    private final Label heap = new Label();

    StudioStatusBar(RunController runs, ObservableIntegerValue workerCount) {
        bar.textProperty().bind(Bindings.createStringBinding(() -> runs.phase().label(), runs.phaseProperty()));
        elapsed.textProperty().bind(Bindings.createStringBinding(
                () -> runs.phase().isRunning() ? formatElapsed(runs.elapsedMillisProperty().get()) : "",
                runs.elapsedMillisProperty(), runs.phaseProperty()));
        workers.textProperty().bind(Bindings.createStringBinding(() -> "Workers " + workerCount.get(), workerCount));
        bar.getRightItems().addAll(elapsed, separator(), workers, separator(), heap);
        bar.getStyleClass().add("studio-status");
        updateHeap();
        Timeline heapTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> updateHeap()));
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

    private void updateHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
        heap.setText("Heap " + used + " MB");
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
