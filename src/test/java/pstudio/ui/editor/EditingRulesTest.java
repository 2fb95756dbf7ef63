package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import pstudio.engine.CompileProblem;
import pstudio.ui.editor.AutoIndent.Insertion;
import pstudio.ui.editor.BracketMatcher.Pair;
import pstudio.ui.editor.ProblemRanges.Range;

/** The toolkit-free rules behind Enter, Tab, bracket marks and problem underlines. */
class EditingRulesTest {

    @Test
    void enterKeepsTheLineIndentation() {
        assertEquals(new Insertion("\n    ", 5), AutoIndent.newline("    print(x)", 12));
        assertEquals(new Insertion("\n", 1), AutoIndent.newline("x = 1", 5));
    }

    @Test
    void enterAfterAnOpeningBraceIndentsOneMoreLevel() {
        assertEquals(new Insertion("\n        ", 9), AutoIndent.newline("    if (x) {", 12));
        assertEquals(new Insertion("\n    ", 5), AutoIndent.newline("foo(  ", 6));
    }

    @Test
    void enterBetweenBracesPutsTheClosingOneOnItsOwnLine() {
        assertEquals(new Insertion("\n        \n    ", 9), AutoIndent.newline("    run {}", 9));
    }

    @Test
    void shiftTabRemovesATabOrUpToFourSpaces() {
        assertEquals(4, AutoIndent.unindentWidth("        x"));
        assertEquals(2, AutoIndent.unindentWidth("  x"));
        assertEquals(1, AutoIndent.unindentWidth("\tx"));
        assertEquals(0, AutoIndent.unindentWidth("x"));
    }

    @Test
    void aClosingBraceOnABlankIndentedLineDedents() {
        assertTrue(AutoIndent.dedentsClosingBrace("        "));
        assertFalse(AutoIndent.dedentsClosingBrace("    x "));
        assertFalse(AutoIndent.dedentsClosingBrace(""));
    }

    @Test
    void bracketsPairAcrossNesting() {
        String text = "f(a[1], {b(c)})";
        assertEquals(Optional.of(new Pair(1, 14)), BracketMatcher.match(text, 2));
        assertEquals(Optional.of(new Pair(14, 1)), BracketMatcher.match(text, 15));
        assertEquals(Optional.of(new Pair(8, 13)), BracketMatcher.match(text, 8));
        assertEquals(Optional.empty(), BracketMatcher.match(text, 7));
        assertEquals(Optional.empty(), BracketMatcher.match("(()", 0));
    }

    @Test
    void aProblemIsUnderlinedToTheEndOfItsToken() {
        String text = "def x = 1\nprint(foo bar)\n";
        assertEquals(new Range(16, 19), ProblemRanges.of(text, new CompileProblem("S", 2, 7, "m")));
        assertEquals(new Range(21, 23), ProblemRanges.of(text, new CompileProblem("S", 2, 12, "m")));
        assertEquals(new Range(6, 7), ProblemRanges.of(text, new CompileProblem("S", 1, 7, "m")));
    }

    @Test
    void aProblemPastTheLineEndUnderlinesItsLastCharacter() {
        String text = "if (x {\n";
        assertEquals(new Range(6, 7), ProblemRanges.of(text, new CompileProblem("S", 1, 30, "m")));
        assertNull(ProblemRanges.of(text, new CompileProblem("S", 2, 1, "m")));
        assertNull(ProblemRanges.of(text, new CompileProblem("S", 9, 1, "m")));
    }
}
