package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.editor.EditorStage.onFx;
import static pstudio.ui.editor.EditorStage.waitUntil;

import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import pstudio.engine.CompileProblem;
import pstudio.ui.editor.ProblemRanges.Range;

@ExtendWith(ApplicationExtension.class)
class CompileProblemsTest {
    private ScriptEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage, "def x = 1\nprint(x)\n");
        area = editor.codeArea();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(editor::dispose);
    }

    @Test
    void aSyntaxErrorIsMarkedWhileTypingAndClearedWhenFixed(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(1, 8));
        robot.write(")");
        waitUntil(() -> !editor.problems().isEmpty());

        CompileProblem problem = editor.problems().get(0);
        assertEquals(2, problem.line());
        assertEquals("ServerScriptService.Master", problem.script());

        Label marker = onFx(() -> robot.lookup(".problem-marker").queryAs(Label.class));
        assertNotNull(marker, "a marker in the gutter");
        assertTrue(marker.getTooltip().getText().contains(problem.message()), marker.getTooltip().getText());
        assertEquals("2", onFx(() -> lineNumberBeside(marker)));

        Range range = ProblemRanges.of(editor.getText(), problem);
        assertNotNull(range);
        waitUntil(() -> IntStream.range(range.start(), range.end())
                .allMatch(i -> area.getStyleOfChar(i).contains(StyleLayers.PROBLEM)));
        assertFalse(onFx(() -> area.getStyleOfChar(0).contains(StyleLayers.PROBLEM)), "line 1 is fine");

        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> editor.problems().isEmpty());
        waitUntil(() -> robot.lookup(".problem-marker").queryAll().isEmpty()
                && IntStream.range(0, area.getLength()).noneMatch(i -> area.getStyleOfChar(i).contains(StyleLayers.PROBLEM)));
    }

    @Test
    void aScriptOpenedWithAnErrorShowsItWithoutTyping(FxRobot robot) throws Exception {
        Stage second = onFx(Stage::new);
        ScriptEditor broken = onFx(() -> new ScriptEditor("Workspace.Broken", "if (x {\n}\n"));
        robot.interact(() -> {
            second.setScene(new Scene(broken, 400, 200));
            second.show();
        });
        try {
            waitUntil(() -> !broken.problems().isEmpty() && broken.lookup(".problem-marker") != null);
            assertEquals("Workspace.Broken", broken.problems().get(0).script());
        } finally {
            robot.interact(() -> {
                broken.dispose();
                second.close();
            });
        }
    }

    /** The line number in the same gutter as the marker. */
    private static String lineNumberBeside(Node marker) {
        Node gutter = marker.getParent().getParent();
        return ((Label) gutter.lookup(".line-number")).getText().strip();
    }
}
