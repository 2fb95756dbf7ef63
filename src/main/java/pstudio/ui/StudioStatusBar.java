package pstudio.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableLongValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import pstudio.engine.OutputLevel;
import pstudio.ui.alerts.RunProblemCounts;

/**
 * Run state (or the place being opened, with a busy bar), the run's errors and warnings (a click shows only
 * those in the Output), elapsed run time (the last run's stays), workers and heap in use (the run's engine
 * during a run), along the bottom of the window.
 */
final class StudioStatusBar {
    /** On a count while it is above 0. */
    private static final PseudoClass ANY = PseudoClass.getPseudoClass("any");

    private final StatusBar bar = new StatusBar();
    private final Label elapsed = new Label();
    private final Label workers = new Label();
    private final Label heap = new Label();

    StudioStatusBar(RunController runs, ObservableObjectValue<Path> opening, ObservableIntegerValue workerCount,
                    RunProblemCounts problems, Consumer<OutputLevel> showOnlyInOutput) {
        bar.textProperty().bind(Bindings.createStringBinding(
                () -> opening.get() != null ? "Opening " + opening.get().getFileName() + "\u2026" : runs.phase().label(),
                runs.phaseProperty(), opening));
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> opening.get() != null ? ProgressIndicator.INDETERMINATE_PROGRESS : 0, opening));
        elapsed.textProperty().bind(Bindings.createStringBinding(
                () -> runs.phase().isRunning() || runs.elapsedMillisProperty().get() > 0
                        ? formatElapsed(runs.elapsedMillisProperty().get()) : "",
                runs.elapsedMillisProperty(), runs.phaseProperty()));
        workers.textProperty().bind(Bindings.createStringBinding(() -> "Workers " + workerCount.get(), workerCount));
        Button errors = problemCount(problems.errorsProperty(), "error", OutputLevel.ERROR, showOnlyInOutput);
        Button warnings = problemCount(problems.warningsProperty(), "warning", OutputLevel.WARN, showOnlyInOutput);
        bar.getRightItems().addAll(errors, warnings, separator(), elapsed, separator(), workers, separator(), heap);
        bar.getStyleClass().add("studio-status");
        updateHeap(runs);
        Timeline heapTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> updateHeap(runs)));
        heapTicker.setCycleCount(Timeline.INDEFINITE);
        heapTicker.play();
    }

    /** {@code 2 errors}, in the level's colour while there are any; a click shows only them (again: everything). */
    private static Button problemCount(ObservableLongValue count, String noun, OutputLevel level,
                                       Consumer<OutputLevel> showOnlyInOutput) {
        Button button = new Button();
        button.textProperty().bind(Bindings.createStringBinding(
                () -> count.get() + " " + noun + (count.get() == 1 ? "" : "s"), count));
        button.getStyleClass().addAll("status-problem-count", "status-" + noun + "s");
        count.addListener((obs, was, is) -> button.pseudoClassStateChanged(ANY, is.longValue() > 0));
        button.setTooltip(new Tooltip("Show only the " + noun + "s in the Output; click again to show everything"));
        button.setFocusTraversable(false);
        button.setOnAction(e -> showOnlyInOutput.accept(level));
        return button;
    }

    /** {@code 2 script problems}: the place's compile errors; a click opens the Problems tab. */
    void showScriptProblems(ObservableIntegerValue count, Runnable openProblems) {
        Button button = new Button();
        button.textProperty().bind(Bindings.createStringBinding(
                () -> count.get() + " script problem" + (count.get() == 1 ? "" : "s"), count));
        button.getStyleClass().addAll("status-problem-count", "status-script-problems");
        button.pseudoClassStateChanged(ANY, count.get() > 0);
        count.addListener((obs, was, is) -> button.pseudoClassStateChanged(ANY, is.intValue() > 0));
        button.setTooltip(new Tooltip("Compile errors in the place's scripts; click to list them"));
        button.setFocusTraversable(false);
        button.setOnAction(e -> openProblems.run());
        bar.getRightItems().add(0, button);
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
