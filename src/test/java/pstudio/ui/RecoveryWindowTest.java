package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.temporarySettings;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pstudio.place.Backups;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceTemplates;
import pstudio.place.RecoveryCopies;
import pstudio.place.StudioLock;
import pstudio.protocol.EngineLaunch;

/** Auto-recovery as a user meets it: after a crash the next start offers the copy; File > Backups… opens one. */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    @TempDir
    static Path home;

    private ScriptedFileDialogs dialogs;
    private StudioEnvironment environment;

    @Start
    void start(Stage stage) throws Exception {
        dialogs = new ScriptedFileDialogs();
        environment = new StudioEnvironment(temporarySettings(home),
                new Backups(Files.createTempDirectory(home, "backups"), 5, Clock.systemUTC()), dialogs,
                Path.of("samples"), EngineLaunch::likeThisProcess, Files.createTempDirectory(home, "recovery"));
    }

    /** What a studio that was killed an hour after it started leaves: its lock and a copy of its unsaved work. */
    private RecoveryCopies.Copy crashWithUnsavedWork() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        StudioLock.write(environment.recoveryFolder(), ended.pid(), Instant.now().minus(Duration.ofHours(1)));
        RecoveryCopies copies = new RecoveryCopies(environment.recoveryFolder(), 10, Clock.systemUTC());
        copies.write(PlaceTemplates.guideLayout("print('recovered work')\n", null), null, "crashed-place");
        return copies.all().get(0);
    }

    private StudioWindow startStudio(FxRobot robot) throws Exception {
        StudioWindow[] started = new StudioWindow[1];
        robot.interact(() -> started[0] = openStudio(new Stage(), environment));
        waitFor(() -> !started[0].files().isOpening());
        return started[0];
    }

    private List<String> locks() throws Exception {
        try (Stream<Path> files = Files.list(environment.recoveryFolder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".lock")).toList();
        }
    }

    private static String masterSource(DataModel place) {
        Instance master = place.GetService("ServerScriptService").GetChildren().get(0);
        return (String) master.getProperty("Source");
    }

    @Test
    void afterACrashTheNextStartOffersTheNewestCopyWithItsTimeAndOpensItAsANewUnsavedPlace(FxRobot robot) throws Exception {
        RecoveryCopies.Copy copy = crashWithUnsavedWork();
        StudioWindow window = startStudio(robot);

        waitFor(() -> shows(robot, "A recovery copy of crashed-place from " + BackupsDialog.when(copy.writtenAt())));
        assertEquals(List.of("studio-" + ProcessHandle.current().pid() + ".lock"), locks(),
                "the crashed studio's lock is gone once its copy is offered; this studio's marks it running");
        Button open = robot.lookup((Node n) -> n instanceof Button b && RecoveryNotice.OPEN.equals(b.getText()))
                .queryAs(Button.class);
        robot.interact(open::fire);

        waitFor(() -> !window.files().isOpening() && window.document().isDirty());
        assertEquals("print('recovered work')\n", masterSource(window.document().place()));
        assertNull(window.document().file(), "a new place, not the copy's file");
        assertTrue(window.document().isDirty());
        assertEquals("crashed-place *" + StudioWindow.TITLE_SUFFIX, window.stage().getTitle());

        robot.interact(() -> window.files().save());
        assertEquals("crashed-place", dialogs.lastSuggestedName, "Save asks where");
        assertTrue(Files.exists(copy.file()), "the copy stays until newer ones replace it");
        robot.interact(() -> window.stage().hide());
    }

    @Test
    void aCleanExitRemovesTheLockSoTheNextStartOffersNothing(FxRobot robot) throws Exception {
        crashWithUnsavedWork();
        StudioWindow first = startStudio(robot);
        waitFor(() -> first.recovery().notice().isShowing());

        robot.interact(first::close);
        waitFor(() -> !first.stage().isShowing());
        assertEquals(List.of(), locks());

        StudioWindow second = startStudio(robot);
        WindowChecks.waitFor(() -> second.stage().isShowing());
        assertFalse(second.recovery().notice().isShowing());
        robot.interact(() -> second.stage().hide());
    }

    @Test
    void fileBackupsListsThePlacesRunBackupsAndRecoveryCopiesAndOpensOneAsANewUnsavedPlace(FxRobot robot) throws Exception {
        Path mine = home.resolve("mine.place");
        PlaceFile.save(PlaceTemplates.guideLayout("print('as saved')\n", null), mine);
        byte[] saved = Files.readAllBytes(mine);
        StudioWindow window = startStudio(robot);
        robot.interact(() -> window.files().open(mine));
        waitFor(() -> !window.files().isOpening() && mine.equals(window.document().file()));
        Path backup = environment.backups().write(PlaceTemplates.guideLayout("print('before the run')\n", null), mine);
        new RecoveryCopies(environment.recoveryFolder(), 10, Clock.systemUTC())
                .write(PlaceTemplates.guideLayout("print('unsaved edits')\n", null), mine, "mine");
        new RecoveryCopies(environment.recoveryFolder(), 10, Clock.systemUTC())
                .write(PlaceTemplates.guideLayout("print('another place')\n", null), null, "other");

        Platform.runLater(window::showBackups);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertTrue(shows(robot, "Backups of mine"));
        TableView<?> table = robot.lookup(".dialog-pane .table-view").queryAs(TableView.class);
        assertEquals(2, table.getItems().size(), "this place's backup and recovery copy, not the other place's");
        waitFor(() -> shows(robot, BackupsDialog.RUN_BACKUP) && shows(robot, BackupsDialog.RECOVERY_COPY)
                && shows(robot, BackupsDialog.size(Files.size(backup)))
                && shows(robot, BackupsDialog.when(Files.getLastModifiedTime(backup).toInstant())));
        int backupRow = kindAt(table, 0).equals(BackupsDialog.RUN_BACKUP) ? 0 : 1;
        robot.interact(() -> table.getSelectionModel().select(backupRow));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(BackupsDialog.OPEN)).fire());

        waitFor(() -> !window.files().isOpening() && window.document().file() == null);
        assertEquals("print('before the run')\n", masterSource(window.document().place()));
        assertTrue(window.document().isDirty());
        assertEquals("mine *" + StudioWindow.TITLE_SUFFIX, window.stage().getTitle());
        assertArrayEquals(saved, Files.readAllBytes(mine), "the user's file is as they saved it");
        robot.interact(() -> window.stage().hide());
    }

    private static String kindAt(TableView<?> table, int row) {
        return Optional.ofNullable(table.getItems().get(row)).map(e -> ((BackupsDialog.Entry) e).kind()).orElse("");
    }
}
