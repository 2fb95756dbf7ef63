package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.Backups;
import pstudio.place.BigPlace;
import pstudio.place.PlaceFile;

/** {@code app/studio PLACE}: the window comes up at once and reads the place in the background. */
@ExtendWith(ApplicationExtension.class)
@DisabledOnOs(OS.WINDOWS) // a named pipe (mkfifo) stands in for a slow disk
class StudioStartTest {
    @TempDir
    static Path home;

    private StudioWindow window;
    private Path place;

    @Start
    void start(Stage stage) throws Exception {
        place = home.resolve("start.place");
        Process mkfifo = new ProcessBuilder("mkfifo", place.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        StudioEnvironment environment = new StudioEnvironment(new StudioSettings(Files.createTempDirectory(home, "config")),
                new Backups(Files.createTempDirectory(home, "backups"), 5, Clock.systemUTC()),
                new ScriptedFileDialogs(), Path.of("samples"));
        window = new StudioWindow(stage, environment);
        window.openInitial(place);
        stage.show();
    }

    @Test
    void theWindowShowsWhileThePlaceItOpensIsStillArriving() throws Exception {
        assertTrue(window.stage().isShowing());
        assertEquals("Opening start.place\u2026", statusText());

        Files.writeString(place, PlaceFile.toXml(BigPlace.build()), StandardCharsets.UTF_8);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.stage().getTitle().equals("start" + StudioWindow.TITLE_SUFFIX));
        assertEquals(BigPlace.INSTANCES, window.documentProperty().get().place().GetDescendants().size());
        assertEquals("Editing", statusText());
    }

    private String statusText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((StatusBar) window.stage().getScene().lookup(".status-bar")).getText())
                .get(10, TimeUnit.SECONDS);
    }
}
