package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.ui.editor.TextSearch.InvalidSearchException;
import pstudio.ui.editor.TextSearch.Match;
import pstudio.ui.editor.TextSearch.Replacement;

class TextSearchTest {
    private static final String TEXT = "Job job JOB jobs\nprint(job)";

    @Test
    void literalSearchIgnoresCaseUnlessAsked() throws Exception {
        assertEquals(5, TextSearch.compile("job", false, false).findAll(TEXT).size());
        List<Match> exact = TextSearch.compile("job", true, false).findAll(TEXT);
        assertEquals(List.of(new Match(4, 7), new Match(12, 15), new Match(23, 26)), exact);
    }

    @Test
    void literalSearchTreatsRegexCharactersAsText() throws Exception {
        List<Match> found = TextSearch.compile("print(", true, false).findAll(TEXT);
        assertEquals(List.of(new Match(17, 23)), found);
        assertTrue(TextSearch.compile(".*", true, false).findAll(TEXT).isEmpty());
    }

    @Test
    void regexSearchWithLineAnchors() throws Exception {
        List<Match> found = TextSearch.compile("^\\w+", true, true).findAll(TEXT);
        assertEquals(List.of(new Match(0, 3), new Match(17, 22)), found);
    }

    @Test
    void emptyMatchesAreSkipped() throws Exception {
        assertEquals(List.of(new Match(1, 3)), TextSearch.compile("x*", true, true).findAll("axxb"));
        assertTrue(TextSearch.compile("", false, false).findAll(TEXT).isEmpty());
    }

    @Test
    void aBadRegexIsAShortMessage() {
        InvalidSearchException e = assertThrows(InvalidSearchException.class, () -> TextSearch.compile("(job", false, true));
        assertTrue(e.getMessage().startsWith("Bad regex: "), e.getMessage());
        assertTrue(e.getMessage().length() < 60, e.getMessage());
    }

    @Test
    void nextAndPreviousWrapAround() {
        List<Match> matches = List.of(new Match(2, 4), new Match(10, 12), new Match(20, 22));
        assertEquals(0, TextSearch.nextIndex(matches, 0));
        assertEquals(1, TextSearch.nextIndex(matches, 4));
        assertEquals(0, TextSearch.nextIndex(matches, 21));
        assertEquals(2, TextSearch.previousIndex(matches, 2));
        assertEquals(0, TextSearch.previousIndex(matches, 10));
        assertEquals(-1, TextSearch.nextIndex(List.of(), 0));
        assertEquals(-1, TextSearch.previousIndex(List.of(), 0));
    }

    @Test
    void replaceAllLiteralKeepsDollarSignsAsText() throws Exception {
        TextSearch search = TextSearch.compile("job", false, false);
        assertEquals("$1 $1 $1 $1s\nprint($1)", apply(TEXT, search.replacements(TEXT, "$1")));
    }

    @Test
    void replaceAllRegexExpandsGroups() throws Exception {
        TextSearch search = TextSearch.compile("(\\w+)\\((\\w+)\\)", true, true);
        String text = "print(a); warn(b)";
        List<Replacement> replacements = search.replacements(text, "$2.$1()");
        assertEquals(2, replacements.size());
        assertEquals("a.print(); b.warn()", apply(text, replacements));
    }

    @Test
    void replacementForOneMatchExpandsItsOwnGroups() throws Exception {
        TextSearch search = TextSearch.compile("(\\d+)", true, true);
        String text = "a1 b22 c333";
        List<Match> matches = search.findAll(text);
        assertEquals("<22>", search.replacementFor(text, matches.get(1), "<$1>"));
        assertEquals("x", TextSearch.compile("b", true, false).replacementFor(text, new Match(3, 4), "x"));
    }

    @Test
    void aBadGroupReferenceIsAShortMessage() throws Exception {
        TextSearch search = TextSearch.compile("a", true, true);
        InvalidSearchException e = assertThrows(InvalidSearchException.class, () -> search.replacements("aa", "$3"));
        assertTrue(e.getMessage().startsWith("Bad replacement: "), e.getMessage());
    }

    /** Applies the edits as the editor does: last to first. */
    private static String apply(String text, List<Replacement> replacements) {
        StringBuilder out = new StringBuilder(text);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement r = replacements.get(i);
            out.replace(r.start(), r.end(), r.text());
        }
        return out.toString();
    }
}
