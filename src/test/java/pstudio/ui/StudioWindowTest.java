package pstudio.ui;

import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.waitFor;
import static pstudio.ui.WindowChecks.showPlaceWithMaster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.Backups;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceTemplates;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.document.SetPropertyCommand;
import pstudio.ui.output.OutputBuffer;

/** The main flows of the studio window, driven as a user would, on a headless toolkit. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;
    private ScriptedFileDialogs dialogs;
    private Path backups;

    @Start
    void start(Stage stage) throws Exception {
        Path config = Files.createTempDirectory(home, "config");
        backups = Files.createTempDirectory(home, "backups");
        dialogs = new ScriptedFileDialogs();
        StudioEnvironment environment = new StudioEnvironment(new StudioSettings(config),
                new Backups(backups, 5, Clock.systemUTC()), dialogs, Path.of("samples"));
        window = new StudioWindow(stage, environment);
        window.openInitial(null);
        stage.show();
    }

    /** The sample is read in the background at start; the tests begin once it shows. */
    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void theFirstStartOpensACopyOfTheSampleThatSaveWritesElsewhere(FxRobot robot) throws Exception {
        assertEquals("nth-root" + StudioWindow.TITLE_SUFFIX, window.stage().getTitle());
        assertEquals(null, document().file());
        Path target = home.resolve("mine.place");
        dialogs.answers.add(target);
        String sampleBefore = Files.readString(Path.of("samples/nth-root.place"));

        robot.interact(() -> window.files().save());

        assertEquals("nth-root", dialogs.lastSuggestedName);
        assertEquals(target, document().file());
        assertEquals("mine" + StudioWindow.TITLE_SUFFIX, window.stage().getTitle());
        assertEquals(sampleBefore, Files.readString(Path.of("samples/nth-root.place")));
        assertEquals(PlaceFile.toXml(document().place()), PlaceFile.toXml(PlaceFile.load(target)));
    }

    @Test
    void runningTheSampleShowsItsOutputInOrderAndStopBringsBackTheEditedPlace(FxRobot robot) throws Exception {
        DataModel edited = document().place();
        String before = PlaceFile.toXml(edited);

        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase() == RunPhase.IDLE);
        waitFor(() -> shows(robot, "This will run before the dispatch has finished!"));
        waitFor(() -> shows(robot, "[1, 1.4142135623730951, 1.7320508075688772, 2"));
        assertTrue(Files.list(backups).findAny().isPresent(), "a backup is written before every run");

        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertEquals(before, PlaceFile.toXml(edited), "a run never changes the edited place");
        assertTrue(shows(robot, "This will run before the dispatch has finished!"), "output stays after Stop");
    }

    @Test
    void stopEndsAScriptInAnEndlessLoop(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "print('looping')\nwhile (true) {}\n");
        robot.interact(() -> window.run());
        waitFor(() -> shows(robot, "looping"));
        assertEquals(RunPhase.RUNNING, window.runs().phase());

        long start = System.nanoTime();
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "Stop ends an endless loop promptly");
    }

    @Test
    void aScriptThatPrintsInATightLoopLeavesTheWindowResponsiveAndBounded(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "long i = 0\nwhile (true) { print(\"line ${i++}\") }\n");
        robot.interact(() -> window.run());
        waitFor(() -> window.outputPanel().lineCount() >= OutputBuffer.MAX_LINES);
        for (int frame = 0; frame < 20; frame++) {
            long start = System.nanoTime();
            robot.interact(() -> { });
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "the window keeps answering");
        }
        assertTrue(window.outputPanel().lineCount() <= OutputBuffer.MAX_LINES + 1);

        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
    }

    @Test
    void typingInAScriptReachesThePlaceAsOneUndoableStep(FxRobot robot) throws Exception {
        Instance master = showPlaceWithMaster(window, "print('a')\n");
        robot.interact(() -> window.editors().open(master, 1));
        robot.interact(() -> window.editors().selectedEditor().codeArea().requestFocus());
        robot.write("print('b')\n");
        assertEquals("print('a')\n", master.getProperty("Source"), "not in the place while typing");
        assertTrue(window.editors().tabPane().getTabs().get(0).getText().endsWith("*"));

        robot.interact(() -> window.editors().commitAll());
        assertEquals("print('b')\nprint('a')\n", master.getProperty("Source"));
        assertEquals("Undo Edit Master", document().commands().undoTextProperty().get());
        assertTrue(window.stage().getTitle().contains("*"));
        assertEquals("Master", window.editors().tabPane().getTabs().get(0).getText());

        robot.interact(() -> window.undo());
        assertEquals("print('a')\n", master.getProperty("Source"));
        assertEquals("print('a')\n", window.editors().selectedEditor().getText());
    }

    @Test
    void anOutputSourceLinkOpensTheScriptAtThatLine(FxRobot robot) {
        Instance master = showPlaceWithMaster(window, "print(1)\nprint(2)\nerror('three')\n");
        robot.interact(() -> window.openSource("ServerScriptService.Master", 3));
        assertSame(master, window.editors().selectedScript());
        assertEquals(2, window.editors().selectedEditor().codeArea().getCurrentParagraph());
    }

    @Test
    void replacingAnEditedPlaceAsksFirstAndCancelKeepsIt(FxRobot robot) {
        Instance master = showPlaceWithMaster(window, "print(1)\n");
        PlaceDocument edited = document();
        robot.interact(() -> edited.execute(new SetPropertyCommand(master, "Name", "Boss")));
        assertTrue(window.stage().getTitle().startsWith("Untitled *"));

        Platform.runLater(() -> window.files().newPlace());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertSame(edited, document());

        Platform.runLater(() -> window.files().newPlace());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        assertNotSame(edited, document());
        assertFalse(window.stage().getTitle().contains("*"));
    }

    @Test
    void aBadPlaceFileShowsTheLoadersMessageAndTheOpenPlaceStays(FxRobot robot) throws Exception {
        PlaceDocument open = document();
        Path bad = Files.writeString(home.resolve("broken.place"), "<place format=\"1\">\n  <Item class=\"Nope\" name=\"x\"/>\n</place>\n");
        Platform.runLater(() -> window.files().open(bad));
        waitFor(() -> shows(robot, "Could not open broken.place"));

        assertTrue(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains("broken.place") && l.getText().contains("Nope")).tryQuery().isPresent());
        robot.clickOn("OK");
        assertSame(open, document());
    }

    @Test
    void closingTheWindowDuringARunStopsItAndRemembersTheLayout(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "while (true) { task.wait(0.01) }\n");
        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase().isRunning());

        robot.interact(() -> window.close());
        waitFor(() -> !window.stage().isShowing());
        assertEquals(RunPhase.EDITING, window.runs().phase());
        assertTrue(Files.readString(window.settings().file()).contains("split.explorer"));
    }

    @Test
    void anOpenedPlaceIsShownAndOpensAgainAtTheNextStart(FxRobot robot) throws Exception {
        Path saved = home.resolve("opened.place");
        PlaceFile.save(PlaceTemplates.newPlace(), saved);
        dialogs.answers.add(saved);

        robot.interact(() -> window.files().open());
        waitFor(() -> window.stage().getTitle().equals("opened" + StudioWindow.TITLE_SUFFIX));

        assertEquals(saved, document().file());
        assertEquals("opened" + StudioWindow.TITLE_SUFFIX, window.stage().getTitle());
        assertEquals(saved.toAbsolutePath(), window.files().lastPlaceFile());
        assertEquals(saved.toAbsolutePath(), window.settings().recentPlaces().get(0));
    }

    @Test
    void ctrlZInTheExplorerUndoesTheLastChangeAndTheEditMenuNamesIt(FxRobot robot) {
        Instance master = showPlaceWithMaster(window, "print(1)\n");
        robot.interact(() -> document().execute(new SetPropertyCommand(master, "Name", "Boss")));
        MenuItem undo = editMenu(window).getItems().get(0);
        assertEquals("Undo Rename Master to Boss", undo.getText());

        robot.interact(() -> window.explorer().lookup(".tree-view").requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertEquals("Master", master.getName());
        assertEquals("Redo Rename Master to Boss", document().commands().redoTextProperty().get());
    }

    @Test
    void aRefusedEditFromTheEditMenuIsASentenceAndChangesNothing(FxRobot robot) {
        Instance workspace = document().place().GetService("Workspace");
        robot.interact(() -> document().selection().select(workspace));
        MenuItem delete = editMenu(window).getItems().stream()
                .filter(i -> "Delete".equals(i.getText())).findFirst().orElseThrow();

        robot.interact(delete::fire);

        assertTrue(shows(robot, "Workspace is a service and cannot be deleted"));
        assertSame(document().place(), workspace.getParent());
        robot.clickOn("OK");
    }

    private static Menu editMenu(StudioWindow window) {
        return window.stage().getScene().getRoot().lookupAll(".menu-bar").stream()
                .map(MenuBar.class::cast).flatMap(b -> b.getMenus().stream())
                .filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow();
    }

    private PlaceDocument document() {
        return window.documentProperty().get();
    }
}
