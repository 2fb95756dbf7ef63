package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.showPlaceWithMaster;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.temporarySettings;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pstudio.place.Backups;
import pstudio.protocol.EngineLaunch;

/**
 * Backups and recovery copies that cannot be written: a file stands where their folders should be.
 * The studio says why in the Output, and the run starts all the same.
 */
@ExtendWith(ApplicationExtension.class)
class BackupFailureWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;
    private Path backupsInTheWay;
    private Path recoveryInTheWay;

    @Start
    void start(Stage stage) throws Exception {
        backupsInTheWay = Files.writeString(Files.createTempFile(home, "backups", ""), "a file, not a folder");
        recoveryInTheWay = Files.writeString(Files.createTempFile(home, "recovery", ""), "a file, not a folder");
        window = openStudio(stage, new StudioEnvironment(temporarySettings(home),
                new Backups(backupsInTheWay, 5, Clock.systemUTC()), new ScriptedFileDialogs(), Path.of("samples"),
                EngineLaunch::likeThisProcess, recoveryInTheWay));
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void aRunBackupThatCannotBeWrittenIsAWarningThatSaysWhyAndTheRunStillRuns(FxRobot robot) throws Exception {
        showPlaceWithMaster(window, "print('ran all the same')\n");
        robot.interact(() -> window.run());
        waitFor(() -> shows(robot, "ran all the same"));
        assertTrue(shows(robot, "No backup was written before this run: " + backupsInTheWay
                + ": cannot create the backup folder: a file of that name is in the way."));
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertEquals("a file, not a folder", Files.readString(backupsInTheWay));
    }

    @Test
    void aRecoveryFolderThatCannotBeWrittenIsAWarningAtStart(FxRobot robot) throws Exception {
        waitFor(() -> shows(robot, "After a crash no recovery copy can be offered: " + recoveryInTheWay
                + ": cannot write the lock that marks a running studio: "));
    }
}
