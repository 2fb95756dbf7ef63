package pstudio.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

@ExtendWith(ApplicationExtension.class)
class OutputPanelTest {
    private static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";
    private OutputPanel panel;

    @Start
    void start(Stage stage) {
        // the theme by its stylesheet: AtlantaFX 2.1.0's classes are built for Java 21
        Application.setUserAgentStylesheet(OutputPanelTest.class.getResource(PRIMER_DARK).toExternalForm());
        panel = new OutputPanel();
        stage.setScene(new Scene(panel, 900, 400));
        stage.show();
    }

    private void append(FxRobot robot, OutputMessage... messages) {
        robot.interact(() -> panel.append(List.of(messages)));
    }

    /** Lays the list out now, so its cells show the latest lines without waiting for a pulse. */
    private void settle(FxRobot robot) {
        robot.interact(() -> {
            panel.applyCss();
            panel.layout();
        });
    }

    private static OutputMessage message(OutputLevel level, String text, String script, int line, List<String> details) {
        return new OutputMessage(System.currentTimeMillis(), level, text, script, line, 1, details);
    }

    private static OutputMessage print(String text) {
        return message(OutputLevel.PRINT, text, "ServerScriptService.Master", 2, List.of());
    }

    private Label visibleLabel(FxRobot robot, String styleClass, String text) {
        settle(robot);
        return robot.lookup("." + styleClass).<Label>queryAll().stream()
                .filter(l -> text.equals(l.getText()) && l.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no visible ." + styleClass + " saying " + text));
    }

    @Test
    void aMillionMessagesInFrameSizedBatchesStayWithinTheCapAndLeaveTheUiResponsive() throws Exception {
        int batches = 100;
        int perBatch = 10_000;
        for (int b = 0; b < batches; b++) {
            List<OutputMessage> batch = new ArrayList<>(perBatch);
            for (int i = 0; i < perBatch; i++) {
                int n = b * perBatch + i;
                // every tenth message repeats the one before it, so collapsing is exercised too
                batch.add(message(n % 10 == 0 ? OutputLevel.WARN : OutputLevel.PRINT, "message " + (n - n % 2),
                        "ServerScriptService.Master", 4, List.of()));
            }
            Platform.runLater(() -> panel.append(batch));
        }
        CountDownLatch later = new CountDownLatch(1);
        Platform.runLater(later::countDown);

        assertTrue(later.await(5, TimeUnit.MINUTES), "the FX thread never got to a later runnable");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.lineCount() <= OutputBuffer.MAX_LINES);
        assertTrue(panel.lineCount() > 0);
        Label notice = new FxRobot().lookup(".output-dropped").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().endsWith("earlier messages not shown"), notice.getText());
    }

    @Test
    void repeatsShowAsOneLineWithACountBadge(FxRobot robot) {
        OutputMessage warn = message(OutputLevel.WARN, "slow frame", "ServerScriptService.Master", 3, List.of());
        List<OutputMessage> repeats = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            repeats.add(warn);
        }
        robot.interact(() -> panel.append(repeats));

        assertEquals(1, panel.lineCount());
        visibleLabel(robot, "output-badge", "x64");
    }

    @Test
    void clickingTheSourceLinkOpensTheScriptAtThatLine(FxRobot robot) {
        AtomicReference<String> opened = new AtomicReference<>();
        panel.setOnOpenSource((script, line) -> opened.set(script + "@" + line));
        append(robot, message(OutputLevel.ERROR, "attempt to index nil", "ServerScriptService.Master", 3, List.of()));

        robot.clickOn(visibleLabel(robot, "output-source", "ServerScriptService.Master:3"));

        assertEquals("ServerScriptService.Master@3", opened.get());
    }

    @Test
    void aCrashChainExpandsToItsPerActorListAndCollapsesAgain(FxRobot robot) {
        append(robot, message(OutputLevel.ERROR, "3 actors failed with the same error", "ServerStorage.Job", 5,
                List.of("Actor1: boom", "Actor2: boom", "Actor3: boom")));
        assertEquals(List.of(), shownDetails(robot));
        double collapsedHeight = cellOf(visibleLabel(robot, "output-text", "3 actors failed with the same error")).getHeight();

        robot.clickOn(visibleLabel(robot, "output-arrow", "\u25B8"));
        assertEquals(List.of("Actor1: boom\nActor2: boom\nActor3: boom"), shownDetails(robot));
        settle(robot);
        Label details = robot.lookup(".output-details").<Label>queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow();
        assertTrue(cellOf(details).getHeight() >= collapsedHeight + details.getHeight(), "the details are cut off");

        robot.doubleClickOn(visibleLabel(robot, "output-text", "3 actors failed with the same error"));
        assertEquals(List.of(), shownDetails(robot));
    }

    private static ListCell<?> cellOf(Node node) {
        Node n = node;
        while (!(n instanceof ListCell<?>)) {
            n = n.getParent();
        }
        return (ListCell<?>) n;
    }

    private List<String> shownDetails(FxRobot robot) {
        settle(robot);
        return robot.lookup(".output-details").<Label>queryAll().stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void levelTogglesAndTheTextFilterNarrowTheLines(FxRobot robot) {
        append(robot, print("alpha"), print("beta"),
                message(OutputLevel.WARN, "gamma", "ServerScriptService.Master", 9, List.of()));
        assertEquals(3, panel.lineCount());

        robot.clickOn(toggle(robot, "Print"));
        assertEquals(1, panel.lineCount());
        robot.clickOn(toggle(robot, "Print"));

        robot.clickOn(".text-field").write("BET");
        assertEquals(1, panel.lineCount());
        visibleLabel(robot, "output-text", "beta");

        append(robot, print("alphabet"), print("delta"));
        assertEquals(2, panel.lineCount());
    }

    @Test
    void timestampsAppearWhenSwitchedOn(FxRobot robot) {
        append(robot, print("hello"));
        settle(robot);
        Label time = robot.lookup(".output-time").<Label>queryAll().stream()
                .filter(l -> !l.getText().isEmpty()).findFirst().orElseThrow();
        assertFalse(time.isVisible());

        robot.clickOn(toggle(robot, "Timestamps"));
        settle(robot);

        assertTrue(time.isVisible());
        assertTrue(time.getText().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d"), time.getText());
    }

    @Test
    void ctrlCCopiesTheSelectedLines(FxRobot robot) {
        append(robot, print("first"), message(OutputLevel.WARN, "second", "ServerScriptService.Master", 3, List.of()),
                print("third"));
        robot.interact(() -> {
            ListView<?> list = robot.lookup(".list-view").queryAs(ListView.class);
            list.getSelectionModel().selectIndices(0, 1);
            list.requestFocus();
        });

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertEquals("first\nWARN ServerScriptService.Master:3: second\n", copied.get());
    }

    @Test
    void clearEmptiesThePanel(FxRobot robot) {
        append(robot, print("one"), print("two"));
        robot.clickOn(robot.lookup(".button").match((Node n) -> n instanceof javafx.scene.control.Button b
                && "Clear".equals(b.getText())).queryButton());
        assertEquals(0, panel.lineCount());
    }

    private static ToggleButton toggle(FxRobot robot, String text) {
        return robot.lookup(".toggle-button").<ToggleButton>queryAll().stream()
                .filter(t -> t.getText().replace("\u2713 ", "").startsWith(text)).findFirst().orElseThrow();
    }

    /** The text of the lowest line drawn wholly inside the list, or null. */
    private String lastFullyShownText(FxRobot robot) {
        settle(robot);
        ListView<?> list = robot.lookup(".list-view").queryAs(ListView.class);
        javafx.geometry.Bounds view = list.localToScreen(list.getBoundsInLocal());
        return robot.lookup(".output-text").<Label>queryAll().stream()
                .filter(l -> l.isVisible() && !l.getText().isEmpty())
                .filter(l -> l.localToScreen(l.getBoundsInLocal()).getMaxY() <= view.getMaxY() + 0.5)
                .max(java.util.Comparator.comparingDouble(l -> l.localToScreen(l.getBoundsInLocal()).getMaxY()))
                .map(Label::getText).orElse(null);
    }

    @Test
    void theFirstRunAfterLaunchEndsOnItsLastLine(FxRobot robot) throws Exception {
        // frame-sized batches queued behind each other, as the shell hands them over during a long print loop
        for (int b = 0; b < 40; b++) {
            List<OutputMessage> batch = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                batch.add(print("line " + (b * 2_500 + i)));
            }
            Platform.runLater(() -> panel.append(batch));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("line 99999", lastFullyShownText(robot));
        assertTrue(panel.isFollowing());
    }

    @Test
    void scrollingUpStopsFollowingAndTheNewLinesButtonResumesIt(FxRobot robot) {
        List<OutputMessage> first = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(print("line " + i));
        }
        robot.interact(() -> panel.append(first));
        settle(robot);
        // TestFX's DOWN is a wheel turn towards the user, which on Monocle shows earlier lines
        robot.moveTo(".list-view").scroll(10, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.isFollowing());

        append(robot, print("newest"));
        javafx.scene.control.Button below = robot.lookup(".output-new-lines").queryButton();
        assertTrue(below.isVisible(), "no marker for the lines below");
        assertFalse("newest".equals(lastFullyShownText(robot)), "the view jumped although the user scrolled up");

        robot.clickOn(below);
        assertTrue(panel.isFollowing());
        assertFalse(below.isVisible());
        assertEquals("newest", lastFullyShownText(robot));
    }

    @Test
    void aLineOf1024NumbersKeepsItsSourceLinkOnScreen(FxRobot robot) {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 1024; i++) {
            numbers.append(i * 7919L).append(i < 1023 ? ", " : "");
        }
        append(robot, print(numbers.toString()), print("short"));

        Label link = robot.lookup(".output-source").<Label>queryAll().stream()
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).findFirst().orElseThrow();
        ListView<?> list = robot.lookup(".list-view").queryAs(ListView.class);
        javafx.geometry.Bounds view = list.localToScreen(list.getBoundsInLocal());
        javafx.geometry.Bounds at = link.localToScreen(link.getBoundsInLocal());
        assertTrue(at.getMaxX() <= view.getMaxX() && at.getMinX() >= view.getMinX(), "link off screen at " + at);

        Label text = robot.lookup(".output-text").<Label>queryAll().stream()
                .filter(l -> l.getText().startsWith("0, 7919")).findFirst().orElseThrow();
        assertTrue(text.getText().contains("more characters"), "the long line is not cut short");
        robot.clickOn(visibleLabel(robot, "output-arrow", "\u25B8"));
        settle(robot);
        assertEquals(numbers.toString(), text.getText());
    }

    @Test
    void levelTogglesSayWhetherTheyAreOnAndCountTheirLines(FxRobot robot) {
        append(robot, print("a"), message(OutputLevel.WARN, "w1", "ServerScriptService.Master", 1, List.of()),
                message(OutputLevel.WARN, "w2", "ServerScriptService.Master", 2, List.of()));
        ToggleButton warn = toggle(robot, "Warn");
        assertEquals("\u2713 Warn 2", warn.getText());
        assertEquals("\u2713 Print 1", toggle(robot, "Print").getText());

        robot.clickOn(warn);
        assertEquals("Warn 2", warn.getText());
        assertEquals(1, panel.lineCount());
    }
}
