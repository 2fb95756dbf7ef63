package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.showPlaceWithMaster;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.temporaryEnvironment;
import static pstudio.ui.WindowChecks.temporarySettings;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceTemplates;
import pstudio.protocol.EngineLaunch;

/**
 * Where no sandbox holds (an engine as a Java without a SecurityManager, and no bwrap, starts it),
 * the studio says so at every run, and asks before it runs a place that was not made or saved here.
 */
@ExtendWith(ApplicationExtension.class)
class UnsandboxedRunWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;
    private ScriptedFileDialogs dialogs;

    @Start
    void start(Stage stage) throws Exception {
        dialogs = new ScriptedFileDialogs();
        window = openStudio(stage, temporaryEnvironment(home, temporarySettings(home), dialogs,
                megabytes -> EngineLaunch.likeThisProcess(megabytes).withoutSandbox()));
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void aPlaceMadeHereRunsWithAWarningThatItIsNotSandboxed(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "print('made here')\n");
        robot.interact(() -> window.run());
        waitFor(() -> shows(robot, "made here"));
        assertTrue(shows(robot, "This run is not sandboxed"));
        stop(robot);
    }

    @Test
    void aPlaceFromElsewhereRunsOnlyAfterTheUserSaysSoAndASavedOneWithoutAsking(FxRobot robot) throws Exception {
        Path stranger = home.resolve("stranger.place");
        PlaceFile.save(PlaceTemplates.guideLayout("print('from elsewhere')\n", null), stranger);
        robot.interact(() -> window.files().open(stranger));
        waitFor(() -> !window.files().isOpening() && stranger.equals(window.document().file()));

        robot.interact(() -> window.run());
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertTrue(shows(robot, "was not created or saved on this machine"));
        press(robot, ButtonType.CANCEL);
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertTrue(shows(robot, "The run was cancelled"));
        assertFalse(shows(robot, "from elsewhere"), "nothing of the place ran");

        robot.interact(() -> window.run());
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getButtonTypes().stream()
                .filter(b -> b.getText().equals("Run Anyway")).findFirst()
                .ifPresent(b -> ((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(b)).fire()));
        waitFor(() -> shows(robot, "from elsewhere"));
        stop(robot);

        robot.interact(() -> window.files().save());
        robot.interact(() -> window.run());
        waitFor(() -> window.runs().phase() == RunPhase.IDLE);
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "a place saved here runs without asking");
        stop(robot);
    }

    private void press(FxRobot robot, ButtonType type) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    private void stop(FxRobot robot) throws Exception {
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
    }
}
