package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.watch.DispatchRow;

/** The Dispatches tab on a real run of the sample: Dispatch again with another batch size, and a sweep. */
@ExtendWith(ApplicationExtension.class)
class DispatchesWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = openStudio(stage, home);
    }

    @BeforeEach
    void runTheSampleOnEightActors(FxRobot robot) throws Exception {
        waitFor(() -> !window.files().isOpening());
        DataModel place = PlaceFile.load(Path.of("samples/nth-root.place"));
        Instance master = place.GetService("ServerScriptService").FindFirstChild("Master");
        master.setProperty("Source", ((String) master.getProperty("Source"))
                .replace("CreateJobScheduler(script.Job, 64,", "CreateJobScheduler(script.Job, 8,"));
        Platform.runLater(() -> window.show(new PlaceDocument(place, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".bottom-panels").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "Dispatches".equals(t.getText())).findFirst().orElseThrow());
        });
        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase() == RunPhase.IDLE && rows(robot).size() == 1
                && !rows(robot).get(0).running());
    }

    @Test
    void dispatchAgainWithAnotherBatchSizeAddsARowWithThatBatchSize(FxRobot robot) throws Exception {
        DispatchRow first = rows(robot).get(0);
        assertEquals(128, first.batchSize(), "1,024 threads dispatched equally on 8 actors");
        robot.clickOn(button(robot, "Dispatch again\u2026"));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> batch = robot.lookup("#again-batch").queryAs(ComboBox.class);
            batch.getEditor().setText("16");
        });
        robot.clickOn(button(robot, "Dispatch"));
        waitFor(() -> rows(robot).size() == 2 && !rows(robot).get(1).running());
        DispatchRow again = rows(robot).get(1);
        assertEquals(16, again.batchSize());
        assertEquals(1024, again.threads());
        assertEquals("done", again.status().label());
        assertEquals(first.id(), again.againOf());
        // the timeline shows the new dispatch: 64 batches of 16 ids
        waitFor(() -> window.timeline().frame(again.id()) != null
                && window.timeline().frame(again.id()).bars().size() == 1024 / 16);
        pstudio.ui.watch.TimelineFrame timeline = window.timeline().frame(again.id());
        assertTrue(timeline.bars().stream().allMatch(b -> b.lastId() - b.firstId() + 1 == 16), "batches of 16");
    }

    @Test
    void eachRunNumbersItsDispatchesFromOneAndStartsWithNoneSelected(FxRobot robot) throws Exception {
        assertEquals(1, rows(robot).get(0).id(), "the run's first dispatch, whatever its engine ran to warm up");
        robot.interact(() -> robot.lookup(".dispatch-history .table-view").queryAs(TableView.class)
                .getSelectionModel().select(0));
        assertEquals(1, window.watchSelection().dispatch());
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        robot.interact(() -> window.run());
        assertEquals(0, window.watchSelection().dispatch(), "the last run's pick is not this run's dispatch 1");
        waitFor(() -> window.runs().phase() == RunPhase.IDLE && rows(robot).size() == 1);
        assertEquals(1, rows(robot).get(0).id());
    }

    @Test
    void aSweepRunsEveryBatchSizeAsManyTimesAsTheFormSaysAndMarksTheBest(FxRobot robot) throws Exception {
        robot.clickOn(button(robot, "Sweep\u2026"));
        @SuppressWarnings("unchecked")
        Spinner<Integer> repeats = robot.lookup("#sweep-repeats").queryAs(Spinner.class);
        assertEquals("3", repeats.getEditor().getText(), "three runs per batch size unless told otherwise");
        robot.interact(() -> repeats.getEditor().setText("2"));
        assertEquals("Each batch size runs 2 times and the fastest run counts: 18 dispatches in all.",
                robot.lookup("#sweep-plan").queryAs(Label.class).getText());
        robot.clickOn(button(robot, "Sweep"));
        waitFor(() -> summary(robot).startsWith("Best: batch size"));
        String summary = summary(robot);
        assertTrue(summary.contains("Serial (all 1024 threads as one batch"), summary);
        // 1, 2, 4, … 128 twice each, then the serial batch twice, after the first dispatch.
        // the table takes the last rows on its next frame, just after the summary
        waitFor(() -> rows(robot).size() == 1 + 8 * 2 + 2);
        assertEquals(2, robot.lookup(".sweep-best").queryAll().size(), "the best point is marked on both charts");
        System.out.println("sweep: " + summary);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .queryAs(Button.class);
    }

    private static String summary(FxRobot robot) {
        String text = robot.lookup("#sweep-summary").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }

    @SuppressWarnings("unchecked")
    private static List<DispatchRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup(".dispatch-history .table-view").queryAs(TableView.class).getItems());
    }
}
