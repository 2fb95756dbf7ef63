package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.shows;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.ui.document.PlaceDocument;

/** The Actors tab through a real run: the sample's 64 actors, and the failed ones of a crash chain. */
@ExtendWith(ApplicationExtension.class)
class ActorHeatmapWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = openStudio(stage, home);
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void theActorsTabShowsTheSchedulersActorsAndACrashChainsFailures(FxRobot robot) throws Exception {
        DataModel place = PlaceFile.load(Path.of("samples/nth-root.place"));
        Instance job = place.GetService("ServerScriptService").FindFirstChild("Master").FindFirstChild("Job");
        job.setProperty("Source", ((String) job.getProperty("Source")).replace("    def nth = inst[1]",
                "    def nth = inst.missing.value"));
        Platform.runLater(() -> window.show(new PlaceDocument(place, null)));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".bottom-panels").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "Actors".equals(t.getText())).findFirst().orElseThrow()));
        robot.interact(() -> window.run());
        waitFor(() -> shows(robot, "64 actors \u00b7"));
        assertTrue(shows(robot, "ServerScriptService.Master"), "grouped under the storage");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ToggleButton b && "Errors".equals(b.getText()))
                .queryAs(ToggleButton.class));
        waitFor(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().matches("failed [1-9]\\d*") && n.isVisible()).tryQuery().isPresent());

        // a click on the first cell selects its actor in the Explorer (and Properties) and narrows the Output to it
        javafx.scene.Parent cells = (javafx.scene.Parent) robot.lookup(".actor-heatmap .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class).getContent();
        Node grid = cells.lookupAll("ImageView").iterator().next();
        robot.clickOn(grid.localToScreen(4, 4));
        waitFor(() -> window.explorer().runSelectionProperty().get() != null);
        String actor = window.explorer().runSelectionProperty().get().GetFullName();
        assertEquals("Actor", window.explorer().runSelectionProperty().get().getClassName(), actor);
        assertEquals(actor, window.outputPanel().within());
        javafx.scene.control.Button chip = robot.lookup(".output-within-chip").queryButton();
        assertTrue(chip.isVisible() && chip.getText().startsWith("Only "), chip.getText());
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.clickOn(chip);
        assertEquals(null, window.outputPanel().within(), "one click on the chip clears the filter");
        assertTrue(!chip.isVisible());
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "Actors".equals(t.getText())).findFirst().orElseThrow()));

        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
        assertTrue(shows(robot, "64 actors \u00b7"), "it stays after the run");
    }
}
