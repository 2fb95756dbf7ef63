package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static pstudio.ui.editor.EditorStage.onFx;
import static pstudio.ui.editor.EditorStage.waitUntil;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
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
class ScriptEditorTypingTest {
    private ScriptEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage, "");
        area = editor.codeArea();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(editor::dispose);
    }

    @Test
    void enterKeepsIndentationAndIndentsAfterABrace(FxRobot robot) {
        robot.write("if (x) {");
        robot.type(KeyCode.ENTER);
        robot.write("print(x)");
        robot.type(KeyCode.ENTER);
        robot.write("}");
        assertEquals("if (x) {\n    print(x)\n}", editor.getText());
    }

    @Test
    void enterBetweenBracesOpensAnIndentedLine(FxRobot robot) {
        robot.interact(() -> {
            area.replaceText("run {}");
            area.moveTo(5);
        });
        robot.type(KeyCode.ENTER);
        robot.write("go()");
        assertEquals("run {\n    go()\n}", editor.getText());
    }

    @Test
    void tabInsertsFourSpacesAndShiftTabRemovesThem(FxRobot robot) {
        robot.type(KeyCode.TAB);
        robot.write("x");
        assertEquals("    x", editor.getText());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("x", editor.getText());
        assertEquals(1, area.getCaretPosition());
    }

    @Test
    void tabIndentsEverySelectedLineAndOneUndoRevertsIt(FxRobot robot) {
        robot.interact(() -> {
            area.replaceText("a\nb\nc");
            area.selectAll();
        });
        robot.type(KeyCode.TAB);
        assertEquals("    a\n    b\n    c", editor.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("a\nb\nc", editor.getText());
    }

    @Test
    void aReadOnlyEditorIgnoresTyping(FxRobot robot) {
        robot.interact(() -> {
            editor.setEditable(false);
            area.replaceText("x");
        });
        robot.write("abc");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        assertEquals("x", editor.getText());
    }

    @Test
    void typedCodeIsColouredOnceHighlightingCatchesUp(FxRobot robot) throws Exception {
        robot.write("def s = 'x' // note");
        waitUntil(() -> area.getStyleOfChar(0).contains(GroovyHighlighter.KEYWORD)
                && area.getStyleOfChar(8).contains(GroovyHighlighter.STRING)
                && area.getStyleOfChar(14).contains(GroovyHighlighter.COMMENT));
        WaitForAsyncUtils.waitForFxEvents();
        Paint keyword = onFx(() -> textNodeContaining("def").getFill());
        Paint plain = onFx(() -> textNodeContaining(" = ").getFill());
        assertNotEquals(plain, keyword, "keywords must look different from plain text");
    }

    @Test
    void syntaxColoursFollowTheLightTheme(FxRobot robot) throws Exception {
        robot.write("def x");
        waitUntil(() -> area.getStyleOfChar(0).contains(GroovyHighlighter.KEYWORD));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#ff7b72"), onFx(() -> textNodeContaining("def").getFill()));
        robot.interact(() -> editor.getScene().getRoot().getStyleClass().add("studio-light"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#cf222e"), onFx(() -> textNodeContaining("def").getFill()));
    }

    @Test
    void theBracketPairAtTheCaretIsMarked(FxRobot robot) throws Exception {
        robot.write("f(a[1])");
        waitUntil(() -> area.getStyleOfChar(1).contains(StyleLayers.BRACKET)
                && area.getStyleOfChar(6).contains(StyleLayers.BRACKET));
        robot.interact(() -> area.moveTo(4));
        waitUntil(() -> area.getStyleOfChar(3).contains(StyleLayers.BRACKET)
                && area.getStyleOfChar(5).contains(StyleLayers.BRACKET)
                && !area.getStyleOfChar(1).contains(StyleLayers.BRACKET));
    }

    @Test
    void onlyTheCaretLineIsHighlighted(FxRobot robot) throws Exception {
        robot.write("one");
        robot.type(KeyCode.ENTER);
        robot.write("two");
        waitUntil(() -> highlightedLines().equals(List.of(1)));
        robot.type(KeyCode.UP);
        waitUntil(() -> highlightedLines().equals(List.of(0)));
    }

    @Test
    void zoomKeysChangeTheTextSize(FxRobot robot) throws Exception {
        robot.write("print(1)");
        double normal = renderedFontSize();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(ScriptEditor.DEFAULT_FONT_SIZE + 2, editor.fontSizeProperty().get());
        assertEquals(normal + 2, renderedFontSize(), 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(normal + 1, renderedFontSize(), 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(normal, renderedFontSize(), 0.01);
        robot.interact(() -> {
            for (int i = 0; i < 100; i++) {
                editor.zoomOut();
            }
        });
        assertEquals(ScriptEditor.MIN_FONT_SIZE, renderedFontSize(), 0.01);
    }

    @Test
    void replacingTheTextUnderneathKeepsTheCaretLineAndIsNotUndoable(FxRobot robot) {
        robot.write("a");
        robot.type(KeyCode.ENTER);
        robot.write("b");
        robot.type(KeyCode.ENTER);
        robot.write("c");
        robot.interact(() -> editor.replaceAllText("first\nsecond\nthird line\nfourth"));
        assertEquals("first\nsecond\nthird line\nfourth", editor.getText());
        assertEquals(2, area.getCurrentParagraph());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("first\nsecond\nthird line\nfourth", editor.getText());
        assertFalse(area.isUndoAvailable());
    }

    private List<Integer> highlightedLines() {
        return java.util.stream.IntStream.range(0, area.getParagraphs().size())
                .filter(i -> area.getParagraph(i).getParagraphStyle().contains(CurrentLineHighlight.STYLE))
                .boxed().toList();
    }

    private double renderedFontSize() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> textNodeContaining("").getFont().getSize());
    }

    private Text textNodeContaining(String part) {
        return area.lookupAll("*").stream()
                .filter(n -> n instanceof Text t && !t.getText().isEmpty() && t.getText().contains(part))
                .map(Text.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text node with '" + part + "'"));
    }
}
