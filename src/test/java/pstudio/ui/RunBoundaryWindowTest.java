package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.showPlaceWithMaster;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.temporaryEnvironment;
import static pstudio.ui.WindowChecks.temporarySettings;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.protocol.EngineLaunch;

/** A run lives in its own engine process: what goes wrong there stays there, and its tree reaches the Explorer as a stream. */
@ExtendWith(ApplicationExtension.class)
class RunBoundaryWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StudioSettings settings = temporarySettings(home);
        settings.putInt("engine.memoryMegabytes", 128);
        window = openStudio(stage, temporaryEnvironment(home, settings, new ScriptedFileDialogs(),
                EngineLaunch::likeThisProcess));
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void aRunOutOfMemoryEndsWithASentenceAndTheWindowAndPlaceLiveOn(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "def keep = []\nwhile (true) {\n    keep << new long[1_000_000]\n}\n");
        String before = PlaceFile.toXml(window.document().place());
        robot.interact(() -> window.run());
        waitFor(() -> shows(robot, "The run ran out of memory at ServerScriptService.Master:3"));
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertTrue(shows(robot, "limit of 128 MB"));
        assertEquals(before, PlaceFile.toXml(window.document().place()), "the edited place is unchanged");
        assertTrue(window.stage().isShowing());
        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase() == RunPhase.RUNNING || window.runs().phase() == RunPhase.IDLE);
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
    }

    @Test
    void endlessRecursionIsAScriptErrorAndTheRunGoesOn(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "def dive\ndive = { n -> dive(n + 1) }\ndive(1)\n");
        String before = PlaceFile.toXml(window.document().place());
        robot.interact(() -> window.run());
        waitFor(() -> shows(robot, "stack overflow"));
        waitFor(() -> window.runs().phase() == RunPhase.IDLE);
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertEquals(before, PlaceFile.toXml(window.document().place()));
    }

    @Test
    void theExplorerShowsWhatTheRunAddsAndForgetsItAfterStop(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "def f = Instance.new('Folder')\nf.Name = 'Results'\nf.Parent = workspace\n"
                + "task.wait(0.2)\nf.Name = 'Renamed results'\n");
        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase() == RunPhase.IDLE);
        expandWorkspace(robot);
        waitFor(() -> shows(robot, "Renamed results"));
        waitFor(() -> shows(robot, "Run heap ") && shows(robot, " / 128 MB"));
        assertFalse(window.document().place().getWorkspace().FindFirstChild("Renamed results") != null,
                "the edited place never gets the run's instances");
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertFalse(shows(robot, "Renamed results"));
        waitFor(() -> !shows(robot, "Run heap "));
    }

    private void expandWorkspace(FxRobot robot) {
        TreeView<?> tree = robot.lookup(".tree-view").queryAs(TreeView.class);
        robot.interact(() -> {
            for (TreeItem<?> service : tree.getRoot().getChildren()) {
                if (service.getValue() instanceof Instance i && i.getClassName().equals("Workspace")) {
                    service.setExpanded(true);
                }
            }
        });
    }
}
