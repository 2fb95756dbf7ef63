package pstudio.ui.editor;

/**
 * The indentation rules of the editor, on plain strings so they are tested without a window: Enter
 * keeps the line's indentation and adds a level after an opening bracket, Tab is four spaces, and a
 * closing brace typed on a blank line steps back a level.
 */
public final class AutoIndent {
    public static final String UNIT = "    ";

    private AutoIndent() {
    }

    /**
     * What Enter inserts when the caret is at {@code column} of {@code line}. Between a pair like
     * {@code {|}} the closing bracket moves to its own line and the caret sits on the indented line between.
     */
    public static Insertion newline(String line, int column) {
        String before = line.substring(0, column);
        String after = line.substring(column);
        String indent = leadingWhitespace(before);
        String opened = before.stripTrailing();
        char last = opened.isEmpty() ? '\0' : opened.charAt(opened.length() - 1);
        int kind = "{([".indexOf(last);
        if (kind < 0) {
            return new Insertion("\n" + indent, 1 + indent.length());
        }
        String inner = indent + UNIT;
        String rest = after.stripLeading();
        if (!rest.isEmpty() && rest.charAt(0) == "})]".charAt(kind)) {
            return new Insertion("\n" + inner + "\n" + indent, 1 + inner.length());
        }
        return new Insertion("\n" + inner, 1 + inner.length());
    }

    /** How many characters at the start of {@code line} one Shift+Tab removes: a tab, or up to four spaces. */
    public static int unindentWidth(String line) {
        if (line.startsWith("\t")) {
            return 1;
        }
        int n = 0;
        while (n < UNIT.length() && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Whether typing a closing brace after {@code beforeCaret} should first remove one level of indentation. */
    public static boolean dedentsClosingBrace(String beforeCaret) {
        return !beforeCaret.isEmpty() && beforeCaret.isBlank() && unindentWidth(beforeCaret) > 0;
    }

    static String leadingWhitespace(String s) {
        int n = 0;
        while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\t')) {
            n++;
        }
        return s.substring(0, n);
    }

    /** Text to insert and where the caret goes, as an offset into that text. */
    public record Insertion(String text, int caretOffset) {
    }
}
