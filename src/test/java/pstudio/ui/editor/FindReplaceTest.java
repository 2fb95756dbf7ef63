package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.editor.EditorStage.shown;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FindReplaceTest {
    private static final String TEXT = "Job job JOB\njob.run()\n";
    private ScriptEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage, TEXT);
        area = editor.codeArea();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(editor::dispose);
    }

    @Test
    void ctrlFFindsAsYouTypeAndEnterStepsThroughMatches(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(shown(node(robot, ".find-replace-bar")));
        assertFalse(shown(node(robot, ".replace-field")));
        robot.write("job");
        assertEquals("1 of 4", status(robot));
        assertEquals("Job", area.getSelectedText());
        robot.type(KeyCode.ENTER);
        assertEquals("2 of 4", status(robot));
        assertEquals(4, area.getSelection().getStart());
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals("4 of 4", status(robot));
        assertEquals(12, area.getSelection().getStart());
    }

    @Test
    void matchCaseNarrowsTheMatches(FxRobot robot) {
        robot.interact(editor::showFind);
        robot.write("job");
        robot.clickOn(".match-case");
        assertEquals("1 of 2", status(robot));
        assertEquals(4, area.getSelection().getStart());
    }

    @Test
    void escapeClosesTheBarAndReturnsToTheText(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("run");
        robot.type(KeyCode.ESCAPE);
        assertFalse(shown(node(robot, ".find-replace-bar")));
        assertTrue(area.isFocused());
        assertEquals("run", area.getSelectedText());
    }

    @Test
    void replaceAllWithMatchCase(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.H);
        assertTrue(shown(node(robot, ".replace-field")));
        robot.write("job");
        robot.clickOn(".match-case");
        robot.clickOn(".replace-field").write("task");
        robot.clickOn("Replace All");
        assertEquals("Job task JOB\ntask.run()\n", editor.getText());
        assertEquals("Replaced 2", status(robot));
        robot.type(KeyCode.ESCAPE);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(TEXT, editor.getText());
    }

    @Test
    void replaceOneAtATime(FxRobot robot) {
        robot.interact(editor::showReplace);
        robot.write("JOB");
        robot.clickOn(".replace-field").write("x");
        robot.clickOn("Replace");
        assertEquals("x job JOB\njob.run()\n", editor.getText());
        assertEquals("1 of 3", status(robot));
        robot.clickOn(".replace-field").type(KeyCode.ENTER);
        assertEquals("x x JOB\njob.run()\n", editor.getText());
    }

    @Test
    void regexReplaceAllExpandsGroups(FxRobot robot) {
        robot.interact(editor::showReplace);
        robot.clickOn(".regex");
        robot.clickOn(".find-field").write("(\\w+)\\.run\\(\\)");
        assertEquals("1 of 1", status(robot));
        robot.clickOn(".replace-field").write("run($1)");
        robot.clickOn("Replace All");
        assertEquals("Job job JOB\nrun(job)\n", editor.getText());
    }

    @Test
    void aBadRegexShowsAShortMessage(FxRobot robot) {
        robot.interact(editor::showFind);
        robot.clickOn(".regex");
        robot.clickOn(".find-field").write("(job");
        assertTrue(status(robot).startsWith("Bad regex:"), status(robot));
        assertTrue(node(robot, ".find-status").getStyleClass().contains("error"));
        robot.write(")");
        assertEquals("1 of 4", status(robot));
    }

    @Test
    void editingWhileTheBarIsOpenUpdatesTheCount(FxRobot robot) {
        robot.interact(editor::showFind);
        robot.write("run");
        assertEquals("1 of 1", status(robot));
        robot.interact(() -> area.appendText("run()\n"));
        assertTrue(status(robot).matches("(\\d of )?2( results)?"), status(robot));
        robot.type(KeyCode.ENTER);
        assertTrue(status(robot).matches("\\d of 2"), status(robot));
    }

    private static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".find-status").queryAs(Label.class).getText();
    }
}
