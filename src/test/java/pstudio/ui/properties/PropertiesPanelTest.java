package pstudio.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
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
import pstudio.place.InstanceClass;
import pstudio.ui.document.PlaceDocument;

@ExtendWith(ApplicationExtension.class)
class PropertiesPanelTest {
    private static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";

    private PropertiesPanel panel;
    private PlaceDocument doc;
    private Instance job;
    private Instance folder;

    @Start
    void start(Stage stage) {
        // the theme by its stylesheet: AtlantaFX 2.1.0's classes are built for Java 21
        Application.setUserAgentStylesheet(PropertiesPanelTest.class.getResource(PRIMER_DARK).toExternalForm());
        DataModel place = DataModel.empty();
        job = InstanceClass.of("Script").create();
        job.setName("Job");
        job.setParent(place.GetService("ServerScriptService"));
        folder = InstanceClass.of("Folder").create();
        folder.setParent(place.GetService("ServerStorage"));
        doc = new PlaceDocument(place, null);
        doc.selection().select(job);
        panel = new PropertiesPanel();
        panel.setDocument(doc);
        stage.setScene(new Scene(panel, 360, 420));
        stage.show();
    }

    private static TextField field(FxRobot robot, String key) {
        return robot.lookup("#property-" + key).queryAs(TextField.class);
    }

    private static String header(FxRobot robot) {
        return robot.lookup(".properties-header").queryAs(Label.class).getText();
    }

    private static Label message(FxRobot robot) {
        return robot.lookup(".properties-message").queryAs(Label.class);
    }

    private void typeName(FxRobot robot, String name) {
        robot.clickOn(field(robot, "Name")).push(KeyCode.CONTROL, KeyCode.A);
        if (name.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(name);
        }
        robot.type(KeyCode.ENTER);
    }

    @Test
    void showsNameClassAndFullNameButNotSource(FxRobot robot) {
        assertEquals("Job", field(robot, "Name").getText());
        assertEquals("Script", field(robot, "ClassName").getText());
        assertEquals("ServerScriptService.Job", field(robot, "FullName").getText());
        assertEquals("Script \u2014 Job", header(robot));
        assertTrue(robot.lookup("#property-Source").tryQuery().isEmpty());
    }

    @Test
    void renamingThroughTheSheetIsOneUndoableStep(FxRobot robot) {
        typeName(robot, "Worker");

        assertEquals("Worker", job.getName());
        assertEquals("ServerScriptService.Worker", field(robot, "FullName").getText());
        assertEquals("Script \u2014 Worker", header(robot));

        robot.interact(() -> doc.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Job", job.getName());
        assertEquals("Job", field(robot, "Name").getText());
        assertFalse(doc.commands().canUndoProperty().get());
    }

    @Test
    void anEmptyNameIsRefusedWithASentenceAndTheOldNameStays(FxRobot robot) {
        typeName(robot, "");

        assertEquals("Job", job.getName());
        assertEquals("Job", field(robot, "Name").getText());
        assertTrue(message(robot).isVisible());
        assertEquals("A name cannot be empty", message(robot).getText());
        assertFalse(doc.commands().canUndoProperty().get());

        typeName(robot, "Worker");
        assertFalse(message(robot).isVisible());
    }

    @Test
    void disabledIsACheckBoxOnScriptsAndTogglingItIsUndoable(FxRobot robot) {
        CheckBox disabled = robot.lookup("#property-Disabled").queryAs(CheckBox.class);
        assertFalse(disabled.isSelected());

        robot.clickOn(disabled);

        assertEquals(Boolean.TRUE, job.getProperty(InstanceClass.DISABLED));
        assertEquals("Undo Set Disabled of Job", doc.commands().undoTextProperty().get());
        robot.interact(() -> doc.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.FALSE, job.getProperty(InstanceClass.DISABLED));
        assertFalse(disabled.isSelected());
    }

    @Test
    void readOnlyRowsIgnoreTyping(FxRobot robot) {
        TextField className = field(robot, "ClassName");
        assertFalse(className.isEditable());

        robot.clickOn(className).write("Folder").type(KeyCode.ENTER);
        robot.clickOn(field(robot, "FullName")).write("X").type(KeyCode.ENTER);

        assertEquals("Script", className.getText());
        assertEquals("ServerScriptService.Job", field(robot, "FullName").getText());
        assertFalse(doc.commands().canUndoProperty().get());
    }

    @Test
    void followsChangesMadeElsewhereEvenFromAnotherThread(FxRobot robot) throws Exception {
        Thread renamer = new Thread(() -> job.setName("Renamed"));
        renamer.start();
        renamer.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Renamed", field(robot, "Name").getText());
        assertEquals("ServerScriptService.Renamed", field(robot, "FullName").getText());
        assertEquals("Script \u2014 Renamed", header(robot));
    }

    @Test
    void followsTheSelectionAndShowsThePrimaryOfSeveral(FxRobot robot) {
        robot.interact(() -> doc.selection().set(List.of(folder, job)));

        assertEquals("Folder", field(robot, "Name").getText());
        assertTrue(header(robot).startsWith("Folder \u2014 Folder"), header(robot));
        assertTrue(header(robot).contains("2 selected"), header(robot));
        assertTrue(robot.lookup("#property-Disabled").tryQuery().isEmpty());

        robot.interact(() -> doc.selection().clear());
        assertTrue(robot.lookup("#property-Name").tryQuery().isEmpty());
    }

    @Test
    void duringARunNothingCanBeEdited(FxRobot robot) {
        robot.interact(() -> panel.setEditable(false));

        assertFalse(field(robot, "Name").isEditable());
        assertTrue(robot.lookup("#property-Disabled").queryAs(CheckBox.class).isDisabled());
        robot.clickOn(field(robot, "Name")).write("X").type(KeyCode.ENTER);
        assertEquals("Job", job.getName());

        robot.interact(() -> panel.setEditable(true));
        assertTrue(field(robot, "Name").isEditable());
    }

    @Test
    void withoutADocumentThePanelIsEmpty(FxRobot robot) {
        robot.interact(() -> panel.setDocument(null));

        assertTrue(robot.lookup("#property-Name").tryQuery().isEmpty());
        assertTrue(robot.lookup(".properties-placeholder").queryAs(Label.class).isVisible());
    }
}
