package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pstudio.ui.editor.EditorStage.waitUntil;

import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long script is coloured to its last line, and colours stay in step with edits made while it is. */
@ExtendWith(ApplicationExtension.class)
class LongScriptTest {
    private static final int LINES = 5000;
    private ScriptEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            text.append("def v").append(i).append(" = \"n ${").append(i).append("}\" // line ").append(i).append('\n');
        }
        editor = EditorStage.show(stage, text.toString());
        area = editor.codeArea();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(editor::dispose);
    }

    @Test
    void everyLineIsColouredAndTypingKeepsColoursInStep(FxRobot robot) throws Exception {
        int lastDef = editor.getText().lastIndexOf("def");
        waitUntil(() -> area.getStyleOfChar(lastDef).contains(GroovyHighlighter.KEYWORD));

        robot.interact(() -> area.moveTo(0));
        robot.write("// ");
        waitUntil(() -> area.getStyleOfChar(4).contains(GroovyHighlighter.COMMENT)
                && area.getStyleOfChar(area.getAbsolutePosition(1, 0)).contains(GroovyHighlighter.KEYWORD));
        assertEquals(LINES + 1, area.getParagraphs().size());
        waitUntil(() -> area.getStyleOfChar(editor.getText().lastIndexOf("def")).contains(GroovyHighlighter.KEYWORD));
    }
}
