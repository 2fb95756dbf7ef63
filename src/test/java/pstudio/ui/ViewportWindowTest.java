package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.temporaryEnvironment;
import static pstudio.ui.WindowChecks.temporarySettings;
import static pstudio.ui.WindowChecks.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.cli.TerrainReference;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.protocol.EngineLaunch;
import pstudio.ui.document.PlaceDocument;

/** The terrain sample, run small: its picture comes forward in the Viewport, with the heights' colours, zooms and exports. */
@ExtendWith(ApplicationExtension.class)
class ViewportWindowTest {
    private static final int SIZE = 32;
    private static final int OCTAVES = 3;
    private static final double ZOOM = 8;

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
    void theTerrainSamplesPictureShowsInTheViewportWithItsHeightsColours(FxRobot robot) throws Exception {
        DataModel place = PlaceFile.load(Path.of("samples/terrain.place"));
        Instance master = place.FindFirstChild("ServerScriptService").FindFirstChild("Master");
        master.SetAttribute("Size", (double) SIZE);
        master.SetAttribute("Octaves", (double) OCTAVES);
        master.SetAttribute("Zoom", ZOOM);
        master.SetAttribute("Actors", 4.0);
        Platform.runLater(() -> window.show(new PlaceDocument(place, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.run());
        // the run's first dispatch is cold (noise in four fresh actors): give it more than the usual wait
        WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return window.runs().phase() == RunPhase.IDLE && window.viewport().selectedPixels() != null
                    && shows(robot, "pixels per band");
        });
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS); // a frame or two for the last pixels
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.editors().tabPane().getSelectionModel().getSelectedItem().getText().equals("Viewport"),
                "the run's first image brings the Viewport forward");
        assertTrue(shows(robot, "Terrain   32 \u00d7 32   Workspace.Terrain"), "the caption names the image and its size");
        WritableImage shown = window.viewport().selectedPixels();
        assertEquals(SIZE, (int) shown.getWidth());
        int water = 0;
        int grass = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double h = TerrainReference.height(x, y, OCTAVES, ZOOM);
                int argb = shown.getPixelReader().getArgb(x, y);
                int r = argb >> 16 & 0xff;
                int g = argb >> 8 & 0xff;
                int b = argb & 0xff;
                if (h < -0.05) {
                    assertTrue(b > r && b > g, "deep water at " + x + "," + y + " is blue: " + Integer.toHexString(argb));
                    water++;
                } else if (h > 0.05 && h < 0.18) {
                    assertTrue(g > r && g > b, "grass at " + x + "," + y + " is green: " + Integer.toHexString(argb));
                    grass++;
                }
            }
        }
        assertTrue(water > 0 && grass > 0, "the reference has water and grass here: " + water + ", " + grass);

        Canvas canvas = robot.lookup(".viewport-canvas").queryAs(Canvas.class);
        Label zoom = robot.lookup(".viewport-zoom").queryAs(Label.class);
        String fitted = zoom.getText();
        Point2D centre = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
        robot.interact(() -> Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, centre.getX(), centre.getY(),
                centre.getX(), centre.getY(), false, false, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        waitFor(() -> !zoom.getText().equals(fitted));
        assertNotEquals(fitted, zoom.getText(), "the wheel zooms");

        Path png = home.resolve("terrain.png");
        dialogs.answers.add(png);
        robot.interact(() -> window.exportImage());
        waitFor(() -> Files.exists(png) && shows(robot, "Image written to"));
        BufferedImage written = ImageIO.read(png.toFile());
        assertEquals(SIZE, written.getWidth());
        assertEquals(shown.getPixelReader().getArgb(5, 7), written.getRGB(5, 7), "the PNG has the pixels on show");
        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertEquals(1, window.viewport().shownImages().size(), "the picture stays after Stop, until the next Run");
    }
}
