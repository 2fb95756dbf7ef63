package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.editor.EditorStage.shown;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GoToLineTest {
    private static final int LINES = 300;
    private ScriptEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        String text = IntStream.rangeClosed(1, LINES).mapToObj(i -> "    print(" + i + ")").collect(Collectors.joining("\n"));
        editor = EditorStage.show(stage, text);
        area = editor.codeArea();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(editor::dispose);
    }

    @Test
    void ctrlGJumpsToTheLineAndShowsIt(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.G);
        TextField field = robot.lookup(".go-to-line-field").queryAs(TextField.class);
        assertTrue(shown(field));
        assertEquals("1", field.getText());
        robot.write("250").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(249, area.getCurrentParagraph());
        assertEquals(0, area.getCaretColumn());
        assertFalse(shown(field));
        assertTrue(area.isFocused());
        assertLineOnScreen(249);
    }

    @Test
    void outOfRangeLinesClamp(FxRobot robot) {
        robot.interact(() -> editor.goToLine(10_000));
        assertEquals(LINES - 1, area.getCurrentParagraph());
        assertLineOnScreen(LINES - 1);
        robot.interact(() -> editor.goToLine(-3));
        assertEquals(0, area.getCurrentParagraph());
        assertLineOnScreen(0);
    }

    @Test
    void notANumberKeepsTheFieldOpen(FxRobot robot) {
        robot.interact(editor::showGoToLine);
        robot.write("abc").type(KeyCode.ENTER);
        assertTrue(shown(robot.lookup(".go-to-line-field").query()));
        assertEquals(0, area.getCurrentParagraph());
        robot.type(KeyCode.ESCAPE);
        assertFalse(shown(robot.lookup(".go-to-line-field").query()));
    }

    private void assertLineOnScreen(int paragraph) {
        WaitForAsyncUtils.waitForFxEvents();
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        assertTrue(first <= paragraph && paragraph <= last, "line " + paragraph + " not within " + first + ".." + last);
    }
}
