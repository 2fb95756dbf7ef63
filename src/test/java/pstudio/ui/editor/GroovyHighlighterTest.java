package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.editor.GroovyHighlighter.ANNOTATION;
import static pstudio.ui.editor.GroovyHighlighter.API;
import static pstudio.ui.editor.GroovyHighlighter.COMMENT;
import static pstudio.ui.editor.GroovyHighlighter.INTERPOLATION;
import static pstudio.ui.editor.GroovyHighlighter.KEYWORD;
import static pstudio.ui.editor.GroovyHighlighter.NUMBER;
import static pstudio.ui.editor.GroovyHighlighter.STRING;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class GroovyHighlighterTest {
    private final GroovyHighlighter highlighter = new GroovyHighlighter();

    @Test
    void keywordsAreColouredButNotOtherWords() {
        String code = "def x = new Foo()\nif (x instanceof Foo) return null";
        assertStyled(code, "def", KEYWORD);
        assertStyled(code, "new", KEYWORD);
        assertStyled(code, "if", KEYWORD);
        assertStyled(code, "instanceof", KEYWORD);
        assertStyled(code, "return", KEYWORD);
        assertStyled(code, "null", KEYWORD);
        assertPlain(code, "Foo");
        assertPlain(code, "x ");
    }

    @Test
    void aKeywordInsideALongerWordIsNotAKeyword() {
        String code = "def defined = format + iffy";
        assertPlain(code, "defined");
        assertPlain(code, "format");
        assertPlain(code, "iffy");
    }

    @Test
    void scriptingApiNamesHaveTheirOwnColour() {
        String code = "def p = require(game.ReplicatedStorage.Parallelizer)\n"
                + "print(workspace, script, task, SharedTable, Instance.new('Folder'), clock())\nwarn('w'); error('e')";
        for (String name : List.of("require", "game", "print", "workspace", "script", "task", "SharedTable", "Instance",
                "clock", "warn", "error")) {
            assertStyled(code, name, API);
        }
        assertStyled("Parallelizer.CreateThread(a, 'x')", "Parallelizer", API);
    }

    @Test
    void aMemberThatSharesAnApiNameIsNotTheApi() {
        String code = "inst.task = 1\nfoo.print()";
        assertPlain(code, "task");
        assertPlain(code, "print");
    }

    @Test
    void singleAndDoubleQuotedStrings() {
        String code = "a = 'it''s' + \"two\" + 'esc\\'aped'";
        assertStyled(code, "'it'", STRING);
        assertStyled(code, "\"two\"", STRING);
        assertStyled(code, "'esc\\'aped'", STRING);
        assertPlain(code, " + ");
    }

    @Test
    void gStringInterpolationIsColouredAndItsCodeHighlighted() {
        String code = "print(\"sum ${a + 1} of $name.first for ${ x ? 'y' : \"z\" } done\")";
        assertStyled(code, "\"sum ", STRING);
        assertStyled(code, "${", INTERPOLATION);
        assertPlain(code, "a + ");
        assertStyled(code, "1", NUMBER);
        assertStyled(code, "$name.first", INTERPOLATION);
        assertStyled(code, "'y'", STRING);
        assertStyled(code, "\"z\"", STRING);
        assertStyled(code, " done\"", STRING);
        assertStyled(code, "print", API);
    }

    @Test
    void aClosingBraceInsideAnInterpolationsStringDoesNotEndIt() {
        String code = "\"a ${ m['}'] } b\" + c";
        assertStyled(code, "'}'", STRING);
        assertStyled(code, " b\"", STRING);
        assertPlain(code, " + c");
    }

    @Test
    void singleQuotedStringsDoNotInterpolate() {
        String code = "'cost ${price}'";
        assertStyled(code, code, STRING);
    }

    @Test
    void tripleQuotedStringsSpanLines() {
        String code = "def s = '''one\n'two'\nthree''' + x\ndef g = \"\"\"a\n\"b\" ${n}\nc\"\"\" + y";
        assertStyled(code, "'''one\n'two'\nthree'''", STRING);
        assertStyled(code, "\"\"\"a\n\"b\" ", STRING);
        assertStyled(code, "${", INTERPOLATION);
        assertStyled(code, "\nc\"\"\"", STRING);
        assertPlain(code, " + x");
        assertPlain(code, " + y");
    }

    @Test
    void anUnterminatedStringStopsAtTheEndOfItsLine() {
        String code = "x = 'open\ndef y";
        assertStyled(code, "'open", STRING);
        assertStyled(code, "def", KEYWORD);
    }

    @Test
    void commentsIncludingQuotesAndKeywords() {
        String code = "x = 1 // don't \"quote\" def\n/* it's\n a \"block\" if */ def y";
        assertStyled(code, "// don't \"quote\" def", COMMENT);
        assertStyled(code, "/* it's\n a \"block\" if */", COMMENT);
        assertStyled(code, "def", KEYWORD, code.lastIndexOf("def"));
    }

    @Test
    void commentMarkersInsideStringsAreString() {
        String code = "u = 'http://x' + \"/* no */\"";
        assertStyled(code, "'http://x'", STRING);
        assertStyled(code, "\"/* no */\"", STRING);
    }

    @Test
    void numbersInTheirForms() {
        String code = "a = [42, 3.14, 1e10, 2.5e-3, 0xFF, 0b1010, 1_000_000, 10L, 1.5d]; r = 1..10";
        for (String n : List.of("42", "3.14", "1e10", "2.5e-3", "0xFF", "0b1010", "1_000_000", "10L", "1.5d")) {
            assertStyled(code, n, NUMBER);
        }
        int range = code.indexOf("1..10");
        assertStyled(code, "1", NUMBER, range);
        assertPlain(code, "..");
        assertStyled(code, "10", NUMBER, range + 3);
        assertPlain(code, "a ");
    }

    @Test
    void digitsInsideIdentifiersAreNotNumbers() {
        assertPlain("def job2 = x1", "job2");
        assertPlain("def job2 = x1", "x1");
    }

    @Test
    void annotations() {
        String code = "@CompileStatic\n@groovy.transform.Field int n = 1";
        assertStyled(code, "@CompileStatic", ANNOTATION);
        assertStyled(code, "@groovy.transform.Field", ANNOTATION);
        assertStyled(code, "int", KEYWORD);
    }

    @Test
    void spansCoverTheWholeTextIncludingEmpty() {
        assertEquals(0, highlighter.computeHighlighting("").length());
        String code = "def s = \"\"\"unterminated ${x";
        assertEquals(code.length(), highlighter.computeHighlighting(code).length());
    }

    @Test
    void aLongScriptIsHighlightedCompletely() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            code.append("def v").append(i).append(" = \"n ${i}\" // line ").append(i).append('\n');
        }
        List<Collection<String>> styles = styles(highlighter.computeHighlighting(code.toString()));
        assertEquals(code.length(), styles.size());
        int last = code.lastIndexOf("def");
        assertEquals(List.of(KEYWORD), styles.get(last));
        assertEquals(List.of(COMMENT), styles.get(code.lastIndexOf("//")));
    }

    private void assertStyled(String code, String token, String style) {
        assertStyled(code, token, style, code.indexOf(token));
    }

    private void assertStyled(String code, String token, String style, int at) {
        assertTrue(at >= 0 && code.startsWith(token, at), () -> token + " not in " + code);
        List<Collection<String>> styles = styles(highlighter.computeHighlighting(code));
        for (int i = at; i < at + token.length(); i++) {
            int index = i;
            assertEquals(List.of(style), List.copyOf(styles.get(i)),
                    () -> "char " + index + " '" + code.charAt(index) + "' of '" + token + "' in: " + code);
        }
    }

    private void assertPlain(String code, String token) {
        int at = code.indexOf(token);
        assertTrue(at >= 0, () -> token + " not in " + code);
        List<Collection<String>> styles = styles(highlighter.computeHighlighting(code));
        for (int i = at; i < at + token.length(); i++) {
            assertTrue(styles.get(i).isEmpty(), "'" + token + "' should be plain in: " + code + " but is " + styles.get(i));
        }
    }

    /** One style collection per character. */
    private static List<Collection<String>> styles(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        return out;
    }
}
