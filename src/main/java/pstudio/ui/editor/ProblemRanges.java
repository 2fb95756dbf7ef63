package pstudio.ui.editor;

import pstudio.engine.CompileProblem;

/**
 * Where a compile problem's underline goes: from its column to the end of the token there (a word, or
 * a run of symbols). Groovy often reports a column past the last character of a line ("unexpected end
 * of line"); then the line's last character is underlined, so there is always something to see.
 */
public final class ProblemRanges {
    private ProblemRanges() {
    }

    /** The problem's character range in {@code text} (end exclusive), or null for an empty line or a line past the end. */
    public static Range of(CharSequence text, CompileProblem problem) {
        int lineStart = 0;
        for (int line = 1; line < problem.line(); line++) {
            int nl = indexOf(text, '\n', lineStart);
            if (nl < 0) {
                return null;
            }
            lineStart = nl + 1;
        }
        int nl = indexOf(text, '\n', lineStart);
        int lineEnd = nl < 0 ? text.length() : nl;
        if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        if (lineEnd == lineStart) {
            return null;
        }
        int start = lineStart + Math.max(0, problem.column() - 1);
        if (start >= lineEnd) {
            return new Range(lineEnd - 1, lineEnd);
        }
        char first = text.charAt(start);
        int end = start + 1;
        if (Character.isJavaIdentifierPart(first)) {
            while (end < lineEnd && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
        } else if (!Character.isWhitespace(first)) {
            while (end < lineEnd && !Character.isWhitespace(text.charAt(end)) && !Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
        }
        return new Range(start, end);
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** A character range, end exclusive. */
    public record Range(int start, int end) {
    }
}
