package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Dispatches table's column titles in a narrow bottom panel: each one whole, each one explained on hover. */
@ExtendWith(ApplicationExtension.class)
class DispatchColumnsTest {
    private static final List<String> TITLES = List.of("Thread", "Scheduler", "Caller", "Threads", "Batch", "Actors",
            "Status", "Wall time", "Threads/s", "Utilisation");

    private DispatchHistoryPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(getClass().getResource("/atlantafx/base/theme/primer-dark.css").toExternalForm());
        panel = new DispatchHistoryPanel(new WatchSelection());
        stage.setScene(new Scene(panel, 420, 260));
        stage.show();
    }

    @Test
    void everyColumnTitleReadsInFullInANarrowPanel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // what is drawn in each header: a cut title is drawn as "Sched…"
        List<String> shown = robot.lookup(".column-header").queryAll().stream()
                .flatMap(h -> texts(h).stream()).filter(t -> !t.isEmpty()).collect(Collectors.toList());
        assertEquals(TITLES, shown);
    }

    @Test
    void everyColumnTitleHasATooltipThatSaysWhatItCounts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> explained = robot.lookup(".column-header").queryAll().stream()
                .flatMap(h -> controls(h).stream()).filter(c -> c.getTooltip() != null)
                .map(c -> c.getTooltip().getText()).filter(t -> !t.isBlank()).distinct().toList();
        assertEquals(TITLES.size(), explained.size(), "tooltips: " + explained);
    }

    @Test
    void aRowsButtonsAndProgressBarSitLevelWithItsText(FxRobot robot) throws Exception {
        showOneRunningDispatch(robot);
        Node cancel = robot.lookup(".dispatch-action").query();
        Node bar = robot.lookup(".table-row-cell .progress-bar").query();
        Node threads = robot.lookup((Node n) -> n instanceof Text t && "64".equals(t.getText())).query();
        double level = middle(threads);
        assertEquals(level, middle(cancel), 1.5, "the Cancel button beside its row's text");
        assertEquals(level, middle(bar), 1.5, "the progress bar beside its row's text");
    }

    @Test
    void theSchedulerAndCallerShowTheirLastPartsAndTheirFullNamesOnHover(FxRobot robot) {
        showOneRunningDispatch(robot);
        javafx.scene.control.Labeled scheduler = robot.lookup(".table-cell")
                .match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c && "Job".equals(c.getText()))
                .queryAs(javafx.scene.control.Labeled.class);
        assertEquals("ServerScriptService.Master.Job", scheduler.getTooltip().getText());
        javafx.scene.control.Hyperlink caller = robot.lookup(".hyperlink").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals("Master:12", caller.getText());
        assertEquals("ServerScriptService.Master:12", caller.getTooltip().getText());
    }

    /** A live run's one dispatch, of 64 threads in batches of 4, called from Master:12, running. */
    private void showOneRunningDispatch(FxRobot robot) {
        robot.interact(() -> {
            panel.observer().runStarted(new ScriptedDispatches.Commands());
            panel.observer().onMessage(ScriptedDispatches.scheduler(1, "ServerScriptService.Master.Job", 4));
            panel.observer().onMessage(ScriptedDispatches.started(0, 7, 64, 4, 4, 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node's vertical middle in the scene, read on the JavaFX thread (bounds are computed lazily there). */
    private static double middle(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
            return (b.getMinY() + b.getMaxY()) / 2;
        }).get();
    }

    private static List<String> texts(Node node) {
        if (node instanceof Text text) {
            return List.of(text.getText());
        }
        return node instanceof Parent p
                ? p.getChildrenUnmodifiable().stream().flatMap(c -> texts(c).stream()).toList() : List.of();
    }

    private static List<Control> controls(Node node) {
        List<Control> found = new java.util.ArrayList<>();
        if (node instanceof Control c) {
            found.add(c);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> found.addAll(controls(child)));
        }
        return found;
    }
}
