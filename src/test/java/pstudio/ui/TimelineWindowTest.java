package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.temporaryEnvironment;
import static pstudio.ui.WindowChecks.temporarySettings;
import static pstudio.ui.WindowChecks.waitFor;

import groovy.json.JsonSlurper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.engine.OutputMessage;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.protocol.EngineLaunch;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.output.OutputEntry;
import pstudio.ui.watch.TimelineFrame;
import pstudio.ui.watch.TimelinePanel;

/** The worker timeline shows the sample's dispatch per worker, names a bar on hover, zooms, and exports as a trace. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    @TempDir
    static Path home;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = openStudio(stage, temporaryEnvironment(home, temporarySettings(home), dialogs,
                EngineLaunch::likeThisProcess));
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void theSamplesDispatchShowsAsBarsPerWorkerThatHoverZoomAndExport(FxRobot robot) throws Exception {
        DataModel place = PlaceFile.load(Path.of("samples/nth-root.place"));
        Platform.runLater(() -> window.show(new PlaceDocument(place, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase() == RunPhase.IDLE && window.timeline().newestDispatch() != 0
                && window.timeline().frame(window.timeline().newestDispatch()) != null
                && !window.timeline().frame(window.timeline().newestDispatch()).running());

        TabPane tabs = robot.lookup(".bottom-panels").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals("Timeline")).findFirst().orElseThrow()));
        TimelinePanel panel = robot.lookup(".worker-timeline").queryAs(TimelinePanel.class);
        waitFor(() -> panel.framesDrawn() > 0);
        TimelineFrame frame = window.timeline().frame(panel.shownDispatch());
        assertFalse(frame.bars().isEmpty());
        long ids = frame.bars().stream().mapToLong(b -> b.lastId() - b.firstId() + 1).sum();
        assertEquals(1024, ids, "each of the sample's 1,024 ids is in one bar");
        assertTrue(shownText(robot).matches("Dispatch \\d+ 'CalculateNthRoot': 64 batches on \\d+ workers?, .+"),
                shownText(robot));

        // hovering the middle of the first lane's first bar names its actor and ids
        TimelineFrame.Bar first = frame.lanes().get(frame.bars().get(0).worker()).get(0);
        Point2D at = panel.pointAt((first.startNanos() + first.endNanos()) / 2.0, first.worker());
        move(robot, panel, at);
        waitFor(() -> panel.hoverText() != null);
        assertTrue(panel.hoverText().contains("ids ") && panel.hoverText().contains("Actor"), panel.hoverText());

        double span = panel.scaleSpan();
        robot.interact(() -> Event.fireEvent(panel.lanesNode(), new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(),
                at.getX(), at.getY(), false, false, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertTrue(panel.scaleSpan() < span * 0.9, "the wheel zooms in");

        Path trace = home.resolve("nth-root-trace.json");
        dialogs.answers.add(trace);
        robot.interact(() -> window.exportTrace());
        waitFor(() -> outputTexts(robot).stream().anyMatch(t -> t.startsWith("Trace written to ")));
        Map<?, ?> json = (Map<?, ?>) new JsonSlurper().parse(trace.toFile());
        List<?> events = (List<?>) json.get("traceEvents");
        long batches = events.stream().filter(e -> "X".equals(((Map<?, ?>) e).get("ph"))).count();
        assertEquals(frame.bars().size(), batches, "each batch is a complete event");
        assertTrue(Files.size(trace) > 0);

        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        long shown = panel.shownDispatch();
        assertNotNull(window.timeline().frame(shown), "the timeline stays after the run until the next");
    }

    private String shownText(FxRobot robot) {
        return robot.lookup(".timeline-title").queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> outputTexts(FxRobot robot) {
        javafx.scene.control.ListView<OutputEntry> list = robot.lookup(".output-panel .list-view").queryAs(
                javafx.scene.control.ListView.class);
        return list.getItems().stream().map(OutputEntry::message).map(OutputMessage::text).toList();
    }

    private static void move(FxRobot robot, TimelinePanel panel, Point2D scene) {
        // an event's x and y are scene coordinates until it is delivered, then the target's own
        robot.interact(() -> Event.fireEvent(panel.lanesNode(), new MouseEvent(MouseEvent.MOUSE_MOVED, scene.getX(),
                scene.getY(), scene.getX(), scene.getY(), javafx.scene.input.MouseButton.NONE, 0, false, false, false,
                false, false, false, false, false, false, false, null)));
    }
}
