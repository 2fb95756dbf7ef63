package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.waitFor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.BigPlace;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.document.SetPropertyCommand;

/**
 * Opening a place reads it off the JavaFX thread: the window keeps answering and keeps the open
 * place, editable, until the new one has loaded. A named pipe stands in for a slow disk, so the
 * test decides when the file's bytes arrive.
 */
@ExtendWith(ApplicationExtension.class)
@DisabledOnOs(OS.WINDOWS) // named pipes via mkfifo
class PlaceOpeningTest {
    @TempDir
    static Path home;

    private StudioWindow window;
    private final List<Path> unfedPipes = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        window = openStudio(stage, home);
    }

    @BeforeEach
    void waitForTheSample() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    /** A reader left waiting on a pipe would wait for ever; a daemon thread, since none may be there. */
    @AfterEach
    void feedWhatWasNotFed() {
        for (Path pipe : List.copyOf(unfedPipes)) {
            Thread feeder = new Thread(() -> {
                try {
                    feed(pipe, "");
                } catch (IOException ignored) {
                    // the test has failed already; this only frees its reader
                }
            });
            feeder.setDaemon(true);
            feeder.start();
        }
    }

    @Test
    void aBigPlaceOpensWhileTheWindowAnswersAndKeepsTheOpenPlace(FxRobot robot) throws Exception {
        PlaceDocument sample = document();
        Instance replicatedStorage = sample.place().GetService("ReplicatedStorage");
        Path big = pipe("big.place");

        Platform.runLater(() -> window.files().open(big));
        waitFor(() -> statusText().equals("Opening big.place\u2026"));

        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && "ReplicatedStorage".equals(l.getText())
                && n.getStyleClass().contains("instance-cell")).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(replicatedStorage), sample.selection().items(), "a click in the Explorer selects");
        assertTrue(shows(robot, "ReplicatedStorage \u2014 ReplicatedStorage"), "the Properties panel follows the click");
        assertSame(sample, document(), "the open place stays while the other loads");
        assertTrue(window.stage().getScene().lookup("#tool-run").isDisabled(), "no run of a place about to go");
        assertEquals("Opening big.place\u2026", statusText());

        feed(big, PlaceFile.toXml(BigPlace.build()));
        waitFor(() -> window.stage().getTitle().equals("big" + StudioWindow.TITLE_SUFFIX));

        assertEquals(big, document().file());
        assertEquals(BigPlace.INSTANCES, document().place().GetDescendants().size());
        assertEquals("Editing", statusText());
        assertTrue(!window.stage().getScene().lookup("#tool-run").isDisabled());
    }

    @Test
    void anEditMadeWhileAPlaceOpensIsNotLost(FxRobot robot) throws Exception {
        PlaceDocument sample = document();
        Instance master = sample.place().GetService("ServerScriptService").FindFirstChild("Master");
        Path other = pipe("other.place");
        Platform.runLater(() -> window.files().open(other));
        waitFor(() -> window.files().isOpening());

        robot.interact(() -> sample.execute(new SetPropertyCommand(master, "Name", "Boss")));
        feed(other, PlaceFile.toXml(BigPlace.build()));

        waitFor(() -> shows(robot, "Save changes to nth-root?"));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(sample, document());
        assertEquals("Boss", master.getName());
        assertTrue(window.stage().getTitle().startsWith("nth-root *"));
    }

    @Test
    void aFileOverTheSizeCapIsRefusedWithItsReasonAndTheOpenPlaceStays(FxRobot robot) throws Exception {
        PlaceDocument sample = document();
        Path huge = home.resolve("huge.place");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(PlaceFile.MAX_BYTES + 1L);
        }

        Platform.runLater(() -> window.files().open(huge));

        waitFor(() -> shows(robot, "Could not open huge.place"));
        assertTrue(shows(robot, "the file is over 64 MB, the largest place file that can be opened"));
        robot.clickOn("OK");
        assertSame(sample, document());
    }

    private Path pipe(String name) throws Exception {
        Path pipe = home.resolve(name);
        Files.deleteIfExists(pipe);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        unfedPipes.add(pipe);
        return pipe;
    }

    /** Writes the file's bytes once its reader has opened it (writing to a pipe waits for one). */
    private void feed(Path pipe, String content) throws IOException {
        unfedPipes.remove(pipe);
        Files.writeString(pipe, content, StandardCharsets.UTF_8);
    }

    private PlaceDocument document() {
        return window.documentProperty().get();
    }

    private String statusText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((StatusBar) window.stage().getScene().lookup(".status-bar")).getText())
                .get(10, TimeUnit.SECONDS);
    }
}
