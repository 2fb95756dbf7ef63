package pstudio.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.ui.document.PlaceDocument;

/** The Attributes section of the Properties panel, on the terrain sample's master script and its knobs. */
@ExtendWith(ApplicationExtension.class)
class PropertiesAttributesTest {
    private static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";

    private PropertiesPanel panel;
    private PlaceDocument doc;
    private Instance master;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(PropertiesAttributesTest.class.getResource(PRIMER_DARK).toExternalForm());
        DataModel place = PlaceFile.load(Path.of("samples", "terrain.place"));
        master = place.GetService("ServerScriptService").FindFirstChild("Master");
        doc = new PlaceDocument(place, null);
        doc.selection().select(master);
        panel = new PropertiesPanel();
        panel.setDocument(doc);
        stage.setScene(new Scene(panel, 420, 640));
        stage.show();
    }

    private static TextField field(FxRobot robot, String attribute) {
        return robot.lookup("#property-attribute-" + attribute).queryAs(TextField.class);
    }

    private static Label message(FxRobot robot) {
        return robot.lookup(".properties-message").queryAs(Label.class);
    }

    @Test
    void theMastersAttributesShowAndAnEditIsOneUndoableStep(FxRobot robot) {
        assertEquals("512", field(robot, "Size").getText());
        assertEquals("64", field(robot, "Actors").getText());
        assertEquals("6", field(robot, "Octaves").getText());
        assertEquals("128", field(robot, "Zoom").getText());

        robot.clickOn(field(robot, "Zoom")).push(KeyCode.CONTROL, KeyCode.A).write("64").type(KeyCode.ENTER);

        assertEquals(64.0, master.GetAttributes().get("Zoom"));
        assertEquals("Undo Set attribute Zoom of Master", doc.commands().undoTextProperty().get());
        robot.interact(() -> doc.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(128.0, master.GetAttributes().get("Zoom"));
        assertEquals("128", field(robot, "Zoom").getText());
    }

    @Test
    void anAttributeIsAddedByNameAndTypeAndDeleted(FxRobot robot) {
        robot.clickOn("#attribute-name").write("RBXSeed");
        robot.clickOn("#attribute-add");
        assertTrue(message(robot).isVisible());
        assertTrue(message(robot).getText().contains("reserved"), message(robot).getText());
        assertEquals(null, master.GetAttributes().get("RBXSeed"));

        robot.interact(() -> robot.lookup("#attribute-name").queryAs(TextField.class).setText("Seed"));
        robot.clickOn("#attribute-add");
        assertEquals(0.0, master.GetAttributes().get("Seed"));
        assertEquals("0", field(robot, "Seed").getText());

        robot.clickOn("#attribute-delete-Seed");
        assertEquals(null, master.GetAttributes().get("Seed"));
        assertTrue(robot.lookup("#property-attribute-Seed").tryQuery().isEmpty());
    }

    @Test
    void eachAttributeRowDeletesItsOwnAttributeAsOneUndoableStep(FxRobot robot) {
        robot.interact(() -> robot.lookup("#attribute-name").queryAs(TextField.class).setText("Octaves"));
        robot.clickOn("#attribute-delete-Zoom");

        assertEquals(null, master.GetAttributes().get("Zoom"), "the row's own attribute, not the one typed in the bar");
        assertEquals(6.0, master.GetAttributes().get("Octaves"));
        assertTrue(robot.lookup("#property-attribute-Zoom").tryQuery().isEmpty());
        assertEquals("Undo Delete attribute Zoom of Master", doc.commands().undoTextProperty().get());
        robot.interact(() -> doc.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(128.0, master.GetAttributes().get("Zoom"));
        assertEquals("128", field(robot, "Zoom").getText());
    }

    @Test
    void aRunInstancesAttributesAreReadOnly(FxRobot robot) {
        Instance runCopy = master.Clone();
        robot.interact(() -> panel.showRunInstance(runCopy));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("512", robot.lookup("#property-attribute-Size").queryAs(Label.class).getText());
        assertTrue(!robot.lookup("#attribute-add").query().getParent().isVisible(), "no add bar on a run instance");
        assertTrue(robot.lookup("#attribute-delete-Size").tryQuery().isEmpty(), "no Delete on a run instance's attribute");
    }
}
