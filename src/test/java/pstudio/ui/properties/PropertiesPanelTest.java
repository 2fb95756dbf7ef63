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

    @Test
    void theHeaderReadsInFullInANarrowPanel(FxRobot robot) {
        robot.interact(() -> doc.selection().set(List.of(job, folder)));
        // a stage of its own: resizing the one every window test of this JVM shows in would narrow theirs
        PropertiesPanel[] narrow = new PropertiesPanel[1];
        Stage[] own = new Stage[1];
        robot.interact(() -> {
            narrow[0] = new PropertiesPanel();
            narrow[0].setDocument(doc);
            own[0] = new Stage();
            own[0].setScene(new Scene(narrow[0], 200, 300));
            own[0].show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Label header = (Label) narrow[0].lookup(".properties-header");
            String full = header.getText();
            assertTrue(full.endsWith("(2 selected, showing the first)"), full);
            String drawn = header.lookupAll(".text").stream()
                    .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
            assertEquals(full.replaceAll("\\s+", ""), drawn.replaceAll("\\s+", ""), "the header is wrapped, not cut");
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    private static TextField field(FxRobot robot, String key) {
        return robot.lookup("#property-" + key).queryAs(TextField.class);
    }

    /** A value's text, whether it shows in a field (editable) or a label (read-only). */
    private static String value(FxRobot robot, String key) {
        javafx.scene.Node n = robot.lookup("#property-" + key).query();
        return n instanceof TextField f ? f.getText() : ((Label) n).getText();
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
        assertEquals("Script", value(robot, "ClassName"));
        assertEquals("ServerScriptService.Job", value(robot, "FullName"));
        assertEquals("Script \u2014 Job", header(robot));
        assertTrue(robot.lookup("#property-Source").tryQuery().isEmpty());
    }

    @Test
    void renamingThroughTheSheetIsOneUndoableStep(FxRobot robot) {
        typeName(robot, "Worker");

        assertEquals("Worker", job.getName());
        assertEquals("ServerScriptService.Worker", value(robot, "FullName"));
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
        robot.clickOn("#property-ClassName").write("Folder").type(KeyCode.ENTER);
        robot.clickOn("#property-FullName").write("X").type(KeyCode.ENTER);

        assertEquals("Script", value(robot, "ClassName"));
        assertEquals("ServerScriptService.Job", value(robot, "FullName"));
        assertFalse(doc.commands().canUndoProperty().get());
    }

    @Test
    void followsChangesMadeElsewhereEvenFromAnotherThread(FxRobot robot) throws Exception {
        Thread renamer = new Thread(() -> job.setName("Renamed"));
        renamer.start();
        renamer.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Renamed", field(robot, "Name").getText());
        assertEquals("ServerScriptService.Renamed", value(robot, "FullName"));
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

        assertFalse(robot.lookup("#property-Name").query() instanceof TextField, "an editable-looking field");
        assertTrue(robot.lookup("#property-Disabled").queryAs(CheckBox.class).isDisabled());
        robot.clickOn("#property-Name").write("X").type(KeyCode.ENTER);
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

    /** WCAG 2's contrast ratio of two colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void readOnlyValuesMeetAaContrastInBothThemesAndLongOnesEndInAnEllipsis(FxRobot robot) {
        for (String theme : List.of(PRIMER_DARK, "/atlantafx/base/theme/primer-light.css")) {
            robot.interact(() -> Application.setUserAgentStylesheet(PropertiesPanelTest.class.getResource(theme).toExternalForm()));
            robot.interact(() -> {
                panel.applyCss();
                panel.layout();
            });
            Label fullName = robot.lookup("#property-FullName").queryAs(Label.class);
            javafx.scene.paint.Color text = (javafx.scene.paint.Color) fullName.getTextFill();
            javafx.scene.paint.Color back = (javafx.scene.paint.Color) panel.getBackground().getFills().get(0).getFill();
            assertTrue(contrast(text, back) >= 4.5, theme + ": contrast " + contrast(text, back));
        }

        robot.interact(() -> job.setName("AVeryLongScriptNameThatCannotPossiblyFitInTheNarrowPropertiesPanelColumn"));
        WaitForAsyncUtils.waitForFxEvents();
        Label fullName = robot.lookup("#property-FullName").queryAs(Label.class);
        String whole = "ServerScriptService.AVeryLongScriptNameThatCannotPossiblyFitInTheNarrowPropertiesPanelColumn";
        assertEquals(whole, fullName.getTooltip().getText());
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) fullName.lookup(".text");
        assertTrue(drawn.getText().endsWith("\u2026"), drawn.getText());
    }

    @Test
    void aRunInstanceShowsItsPropertiesReadOnly(FxRobot robot) {
        DataModel run = DataModel.empty();
        Instance actor = InstanceClass.of("Actor").create();
        actor.setName("Actor12");
        actor.setParent(run.GetService("ServerStorage"));
        robot.interact(() -> {
            panel.setEditable(false);
            panel.showRunInstance(actor);
        });

        assertEquals("ServerStorage.Actor12", value(robot, "FullName"));
        assertEquals("Actor12", value(robot, "Name"));
        assertFalse(robot.lookup("#property-Name").query() instanceof TextField);
        assertTrue(header(robot).contains("read-only"), header(robot));

        robot.interact(() -> {
            panel.showRunInstance(null);
            panel.setEditable(true);
        });
        assertEquals("Job", field(robot, "Name").getText());
    }

    @Test
    void aRunInstanceShowsItsValuesAsTheRunChangesThem(FxRobot robot) {
        DataModel run = DataModel.empty();
        Instance box = InstanceClass.of("Folder").create();
        box.setName("Box");
        box.setParent(run.GetService("Workspace"));
        Instance counter = InstanceClass.of("Folder").create();
        counter.setName("Count0");
        counter.setParent(box);
        robot.interact(() -> {
            panel.setEditable(false);
            panel.showRunInstance(counter);
        });
        assertEquals("Count0", value(robot, "Name"));

        // the run's tree changes reach its copy on the FX thread, as the run controller applies them
        robot.interact(() -> counter.setName("Count1"));
        awaitValue(robot, "Name", "Count1");
        robot.interact(() -> box.setName("Crate"));
        awaitValue(robot, "FullName", "Workspace.Crate.Count1");
        assertTrue(header(robot).contains("Count1"), header(robot));
    }

    /** The panel refreshes on a later frame: wait for it (a wait, not a timing goal). */
    private static void awaitValue(FxRobot robot, String key, String expected) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> expected.equals(value(robot, key)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, value(robot, key));
        }
    }
}
