package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.engine.ActorState;
import pstudio.engine.DispatchStatus;

/** The actor storage panel as a person uses it: the grid in view, hovering a cell, clicking one, switching colourings. */
@ExtendWith(ApplicationExtension.class)
class ActorHeatmapPanelTest {
    private static final long MS = 1_000_000L;

    private final ActorHeatmapModel model = new ActorHeatmapModel();
    private final WatchSelection selection = new WatchSelection();
    private final List<String> selected = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private ActorHeatmapPanel panel;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        panel = new ActorHeatmapPanel(model, selection);
        panel.setOnActorSelected((name, id) -> selected.add(name + "#" + id));
        panel.setOnOpenSource((script, line) -> opened.add(script + ":" + line));
        Tab output = new Tab("Output");
        Tab actors = new Tab("Actors", panel);
        tabs = new TabPane(actors, output);
        stage.setScene(new Scene(tabs, 350, 330)); // a bottom tab of about 350 by 300
        stage.show();
    }

    @Test
    void athousandAndTwentyFourActorsFitWithoutScrolling(FxRobot robot) throws Exception {
        ScriptedRun run = new ScriptedRun(model, 1024);
        run.snapshot(16);
        waitFor(() -> panel.imageShowing(1024) != null);
        ScrollPane scroll = robot.lookup(".actor-heatmap .scroll-pane").queryAs(ScrollPane.class);
        // the grid sizes its cells to the viewport after a layout pass or two
        waitFor(() -> panel.imageShowing(1024).view().getLayoutBounds().getWidth()
                <= scroll.getViewportBounds().getWidth()
                && scroll.getContent().getLayoutBounds().getHeight() <= scroll.getViewportBounds().getHeight());
        double content = scroll.getContent().getLayoutBounds().getHeight();
        assertTrue(content <= scroll.getViewportBounds().getHeight(),
                "nothing to scroll: " + content + " in " + scroll.getViewportBounds());
        Bounds cells = panel.imageShowing(1024).view().getLayoutBounds();
        assertTrue(cells.getWidth() <= scroll.getViewportBounds().getWidth(), "every column in view: " + cells);

        ScriptedRun more = new ScriptedRun(model, 4096);
        more.snapshot(16);
        waitFor(() -> panel.imageShowing(4096) != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight(),
                "4,096 actors scroll");
    }

    @Test
    void theGridIsPaintedStraightIntoTheWindowNotIntoACachedBitmapFirst(FxRobot robot) throws Exception {
        new ScriptedRun(model, 64).snapshot(16);
        waitFor(() -> panel.imageShowing(64) != null);
        Node viewport = robot.lookup(".actor-heatmap .scroll-pane .viewport").query();
        assertFalse(viewport.isCache(), "a cached viewport paints every redraw twice");
    }

    @Test
    void hoveringACellTellsItsActorsStateWorkAndLastError(FxRobot robot) throws Exception {
        ScriptedRun run = scriptedDispatch();
        waitFor(() -> panel.imageShowing(3) != null);
        // by way of the cell's corner: a test before may have left the pointer at its middle, and a move
        // to where the pointer already is sends no event
        robot.moveTo(settledPoint(3, 0.15, 0.15)).moveTo(screenPoint(3, 0.5, 0.5));
        waitFor(() -> tooltipText(robot) != null);
        String text = tooltipText(robot);
        assertTrue(text.startsWith("JobActor3 \u2014 failed"), text);
        assertTrue(text.contains("batches 1 of 1 done, threads 0 of 2"), text);
        assertTrue(text.contains("in Work: 0 of 2 threads done"), text);
        assertTrue(text.contains("busy 12.0 ms"), text);
        assertTrue(text.contains("1 error: attempt to index nil with 'value'"), text);
        assertFalse(text.contains("stack traceback"), "only the error's first line: " + text);

        run.actor(1, ActorState.DONE, 1, 1, 2, 2, 20 * MS, 0);
        robot.moveTo(screenPoint(1, 0.5, 0.5));
        waitFor(() -> tooltipText(robot) != null && tooltipText(robot).startsWith("JobActor1 \u2014 busy"));
        run.snapshot(16);
        waitFor(() -> tooltipText(robot) != null && tooltipText(robot).startsWith("JobActor1 \u2014 done"));
    }

    @Test
    void theHoverCardWaitsForThePointerToRestAsATooltipDoesAndGoesAsSoonAsItLeaves(FxRobot robot) throws Exception {
        scriptedDispatch();
        waitFor(() -> panel.imageShowing(3) != null);
        // the move and the look at the screen in one FX turn, so that no delay can pass in between
        AtomicReference<String> atOnce = new AtomicReference<>();
        robot.interact(() -> {
            pointerEvent(MouseEvent.MOUSE_MOVED, 3);
            atOnce.set(tooltipText(robot));
        });
        assertNull(atOnce.get(), "the card showed the moment the pointer touched the cell");
        waitFor(() -> tooltipText(robot) != null);
        assertTrue(tooltipText(robot).startsWith("JobActor3"), tooltipText(robot));

        AtomicReference<String> afterLeaving = new AtomicReference<>();
        robot.interact(() -> {
            pointerEvent(MouseEvent.MOUSE_EXITED, 3);
            afterLeaving.set(tooltipText(robot));
        });
        assertNull(afterLeaving.get(), "the card stayed after the pointer left the grid");
    }

    @Test
    void clickingACellSelectsItsActorAndAFailedOneOffersGoToError(FxRobot robot) throws Exception {
        scriptedDispatch();
        waitFor(() -> panel.imageShowing(2) != null);
        robot.clickOn(settledPoint(2, 0.5, 0.5));
        assertEquals(List.of(ScriptedRun.name(2) + "#2"), selected);
        assertTrue(shows(robot, "JobActor2 \u2014 done"));
        assertFalse(goToError(robot).isVisible(), "nothing to go to for a healthy actor");

        robot.clickOn(screenPoint(3, 0.5, 0.5));
        assertEquals(ScriptedRun.name(3) + "#3", selected.get(1));
        waitFor(() -> goToError(robot).isVisible());
        assertTrue(shows(robot, "JobActor3 \u2014 failed: attempt to index nil with 'value' (Job:11)"));
        robot.clickOn(goToError(robot));
        assertEquals(List.of(ScriptedRun.JOB + ":11"), opened);
    }

    @Test
    void theErrorsColouringShowsFailedRedCancelledDarkWithTheirCounts(FxRobot robot) throws Exception {
        scriptedDispatch();
        waitFor(() -> panel.imageShowing(3) != null);
        Color activity = pixel(robot, 3);
        robot.clickOn(robot.lookup((Node n) -> n instanceof ToggleButton b && "Errors".equals(b.getText()))
                .queryAs(ToggleButton.class));
        waitFor(() -> shows(robot, "failed 1") && shows(robot, "cancelled 1"));
        waitFor(() -> near(HeatmapColouring.FAILED, pixel(robot, 3)));
        assertFalse(near(HeatmapColouring.FAILED, activity), "not red before: " + activity);
        assertTrue(near(HeatmapColouring.CANCELLED, pixel(robot, 4)), pixel(robot, 4).toString());
        assertFalse(near(HeatmapColouring.FAILED, pixel(robot, 2)), pixel(robot, 2).toString());
        javafx.scene.layout.Pane legend = robot.lookup(".heatmap-legend").queryAs(javafx.scene.layout.Pane.class);
        List<Node> items = legend.getChildren();
        Node cancelledLabel = items.stream().filter(n -> n instanceof Labeled l && "cancelled 1".equals(l.getText()))
                .findFirst().orElseThrow();
        javafx.scene.image.Image swatch = ((javafx.scene.image.ImageView) items.get(items.indexOf(cancelledLabel) - 1))
                .getImage();
        boolean hatched = false;
        for (int y = 0; y < swatch.getHeight(); y++) {
            for (int x = 0; x < swatch.getWidth(); x++) {
                hatched |= !near(HeatmapColouring.CANCELLED, swatch.getPixelReader().getColor(x, y));
            }
        }
        assertTrue(hatched, "the legend's cancelled swatch has the cells' hatch, not only their near-black");

        robot.clickOn(robot.lookup((Node n) -> n instanceof ToggleButton b && "Progress".equals(b.getText()))
                .queryAs(ToggleButton.class));
        waitFor(() -> shows(robot, "in Work (running):"));
        waitFor(() -> near(HeatmapColouring.PROGRESS.scale(1), pixel(robot, 2)));
        assertTrue(near(HeatmapColouring.PROGRESS.scale(0.5), pixel(robot, 1)), "half its share done: " + pixel(robot, 1));
    }

    @Test
    void nothingIsDrawnWhileItsTabIsNotSelected(FxRobot robot) throws Exception {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ScriptedRun run = new ScriptedRun(model, 8);
        run.snapshot(16);
        for (int i = 0; i < 10; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        ScrollPane scroll = (ScrollPane) panel.lookup(".scroll-pane");
        assertTrue(scroll.getContent().lookupAll("ImageView").isEmpty(), "its grid was not drawn while hidden");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitFor(() -> panel.imageShowing(8) != null);
    }

    /** 16 actors, one batch of two ids each in dispatch Work: 1 busy half way, 3 failed, 4 cancelled, the rest done. */
    private ScriptedRun scriptedDispatch() {
        ScriptedRun run = new ScriptedRun(model, 16);
        run.snapshot(16);
        run.dispatchStarted(5, "Work", 32, 2);
        for (int a = 1; a <= 16; a++) {
            run.actor(a, ActorState.DONE, 1, 1, 2, 2, 10 * MS, 0);
            if (a != 1 && a != 3 && a != 4) {
                run.span(a, 5, 2 * a - 1, 2 * a, false);
            }
        }
        run.actor(1, ActorState.BUSY, 1, 0, 2, 1, 0, 0);
        run.actor(3, ActorState.FAILED, 1, 1, 2, 0, 12 * MS, 1);
        run.actor(4, ActorState.CANCELLED, 1, 0, 2, 0, 0, 0);
        run.threadFailed(5, 3, 5, "attempt to index nil with 'value'\nstack traceback: Job:11");
        run.snapshot(16);
        return run;
    }

    /** A pointer event at the middle of actor {@code actorId}'s cell, as the mouse would send it. */
    private void pointerEvent(javafx.event.EventType<MouseEvent> type, int actorId) {
        SchedulerImage image = panel.imageShowing(actorId);
        Point2D local = image.pointOf(actorId, 0.5, 0.5);
        Point2D scene = image.view().localToScene(local);
        Point2D screen = image.view().localToScreen(local);
        // a fired event's position is taken as the scene's, and made local to the image on the way
        image.view().fireEvent(new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null));
    }

    /**
     * Where actor {@code actorId}'s cell is once the grid has stopped moving: the panel sizes its
     * cells to the viewport on the frames after the first draw, so a point taken at once may be stale.
     */
    private Point2D settledPoint(int actorId, double fx, double fy) throws Exception {
        AtomicReference<Point2D> last = new AtomicReference<>();
        waitFor(() -> {
            Point2D now = screenPoint(actorId, fx, fy);
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            return now.equals(last.getAndSet(screenPoint(actorId, fx, fy)));
        });
        return last.get();
    }

    private Point2D screenPoint(int actorId, double fx, double fy) {
        SchedulerImage image = panel.imageShowing(actorId);
        assertNotNull(image, "actor " + actorId + " is drawn");
        Point2D local = image.pointOf(actorId, fx, fy);
        return image.view().localToScreen(local);
    }

    /** The colour drawn at the top middle of actor {@code actorId}'s cell, clear of its mark. */
    private Color pixel(FxRobot robot, int actorId) {
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(() -> {
            SchedulerImage image = panel.imageShowing(actorId);
            Point2D p = image.pointOf(actorId, 0.5, 0.15);
            // the pixels the grid wrote, as the image on screen holds them
            colour.set(image.view().getImage().getPixelReader().getColor((int) p.getX(), (int) p.getY()));
        });
        return colour.get();
    }

    /** Whether {@code drawn} is {@code rgb}, give or take rounding in the snapshot. */
    private static boolean near(int rgb, Color drawn) {
        Color expected = Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        return Math.abs(expected.getRed() - drawn.getRed()) < 0.02 && Math.abs(expected.getGreen() - drawn.getGreen()) < 0.02
                && Math.abs(expected.getBlue() - drawn.getBlue()) < 0.02;
    }

    private static String tooltipText(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains("\u2014")
                        && l.getText().contains("batches") && n.getScene() != null && n.getScene().getWindow().isShowing())
                .tryQueryAs(Labeled.class).map(Labeled::getText).orElse(null);
    }

    private static Button goToError(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button b && "Go to error".equals(b.getText())).queryAs(Button.class);
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n.isVisible() && n instanceof Labeled l && l.getText() != null
                && l.getText().contains(text)).tryQuery().isPresent();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
