package pstudio.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Groovy syntax colouring as RichTextFX style spans. A small hand-written scanner rather than one big
 * regular expression, because GStrings nest code inside strings ({@code "a ${ b ? "c" : 'd' } e"}).
 * Pure: no toolkit, safe to call from any thread.
 */
public final class GroovyHighlighter {
    public static final String KEYWORD = "keyword";
    public static final String STRING = "string";
    public static final String INTERPOLATION = "interpolation";
    public static final String COMMENT = "comment";
    public static final String NUMBER = "number";
    public static final String ANNOTATION = "annotation";
    public static final String API = "api";

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "as", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "def", "default", "do", "double", "else", "enum", "extends", "false", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "in", "instanceof", "int", "interface", "long",
            "native", "new", "null", "package", "permits", "private", "protected", "public", "record", "return",
            "sealed", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "threadsafe",
            "throw", "throws", "trait", "transient", "true", "try", "var", "void", "volatile", "while", "yield");

    /** The scripting API's globals (README "Scripting API"). */
    private static final Set<String> API_NAMES = Set.of(
            "game", "workspace", "script", "task", "Parallelizer", "SharedTable", "Instance", "print", "warn",
            "error", "require", "clock", "Vector2", "Vector3", "Color3", "CFrame");

    /** GStrings inside GStrings inside...: past this depth the rest is just string text. */
    private static final int MAX_NESTING = 16;

    public StyleSpans<Collection<String>> computeHighlighting(String text) {
        List<Token> tokens = new Scanner(text).scan();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Token t : tokens) {
            if (t.start > at) {
                spans.add(List.of(), t.start - at);
            }
            spans.add(List.of(t.style), t.end - t.start);
            at = t.end;
        }
        // StyleSpansBuilder refuses to build nothing, so an empty text still gets one empty span.
        if (text.length() > at || at == 0) {
            spans.add(List.of(), text.length() - at);
        }
        return spans.create();
    }

    private record Token(int start, int end, String style) {
    }

    private static final class Scanner {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        List<Token> scan() {
            code(0, false);
            return tokens;
        }

        /** Scans code until the end, or inside {@code ${...}} until its unmatched closing brace. */
        private void code(int nesting, boolean inInterpolation) {
            int braces = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '/' && peek(1) == '/') {
                    emit(pos, lineEnd(pos), COMMENT);
                } else if (c == '/' && peek(1) == '*') {
                    int close = text.indexOf("*/", pos + 2);
                    emit(pos, close < 0 ? text.length() : close + 2, COMMENT);
                } else if (c == '"' || c == '\'') {
                    string(c, nesting);
                } else if (c == '@' && isIdentifierStart(peek(1))) {
                    emit(pos, qualifiedNameEnd(pos + 1), ANNOTATION);
                } else if (Character.isDigit(c)) {
                    emit(pos, numberEnd(pos), NUMBER);
                } else if (isIdentifierStart(c)) {
                    int end = identifierEnd(pos);
                    String word = text.substring(pos, end);
                    boolean member = previousNonBlank(pos) == '.';
                    if (!member && KEYWORDS.contains(word)) {
                        emit(pos, end, KEYWORD);
                    } else if (!member && API_NAMES.contains(word)) {
                        emit(pos, end, API);
                    } else {
                        pos = end;
                    }
                } else if (c == '{') {
                    braces++;
                    pos++;
                } else if (c == '}') {
                    if (braces == 0 && inInterpolation) {
                        return;
                    }
                    braces--;
                    pos++;
                } else {
                    pos++;
                }
            }
        }

        private void string(char quote, int nesting) {
            boolean triple = peek(1) == quote && peek(2) == quote;
            int delimiter = triple ? 3 : 1;
            boolean interpolates = quote == '"';
            int start = pos;
            pos += delimiter;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\\') {
                    pos = Math.min(text.length(), pos + 2);
                } else if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
                    pos += delimiter;
                    add(start, pos, STRING);
                    return;
                } else if (c == '\n' && !triple) {
                    break;
                } else if (c == '$' && interpolates && peek(1) == '{' && nesting < MAX_NESTING) {
                    add(start, pos, STRING);
                    add(pos, pos + 2, INTERPOLATION);
                    pos += 2;
                    code(nesting + 1, true);
                    if (pos < text.length()) {
                        add(pos, pos + 1, INTERPOLATION);
                        pos++;
                    }
                    start = pos;
                } else if (c == '$' && interpolates && isIdentifierStart(peek(1)) && peek(1) != '$') {
                    add(start, pos, STRING);
                    int end = qualifiedNameEnd(pos + 1);
                    add(pos, end, INTERPOLATION);
                    pos = end;
                    start = pos;
                } else {
                    pos++;
                }
            }
            // An unterminated string runs to the end of its line (or of the text, for a triple-quoted one).
            add(start, pos, STRING);
        }

        private int numberEnd(int from) {
            int i = from;
            if (text.charAt(i) == '0' && i + 1 < text.length() && "xXbB".indexOf(text.charAt(i + 1)) >= 0) {
                i += 2;
                while (i < text.length() && (Character.digit(text.charAt(i), 16) >= 0 || text.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i = digitsEnd(i);
                // "1..10" is a range, so a dot only belongs to the number when a digit follows it.
                if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                    i = digitsEnd(i + 1);
                }
                if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                        j++;
                    }
                    if (j < text.length() && Character.isDigit(text.charAt(j))) {
                        i = digitsEnd(j);
                    }
                }
            }
            if (i < text.length() && "lLiIgGdDfF".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i;
        }

        private int digitsEnd(int from) {
            int i = from;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            return i;
        }

        private int identifierEnd(int from) {
            int i = from;
            while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The end of {@code a.b.c} starting at {@code from}. */
        private int qualifiedNameEnd(int from) {
            int end = identifierEnd(from);
            while (end + 1 < text.length() && text.charAt(end) == '.' && isIdentifierStart(text.charAt(end + 1))) {
                end = identifierEnd(end + 1);
            }
            return end;
        }

        private int lineEnd(int from) {
            int nl = text.indexOf('\n', from);
            return nl < 0 ? text.length() : nl;
        }

        private char previousNonBlank(int before) {
            int i = before - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
            return i >= 0 ? text.charAt(i) : '\0';
        }

        private char peek(int ahead) {
            int i = pos + ahead;
            return i < text.length() ? text.charAt(i) : '\0';
        }

        private void emit(int start, int end, String style) {
            add(start, end, style);
            pos = end;
        }

        private void add(int start, int end, String style) {
            if (end > start) {
                tokens.add(new Token(start, end, style));
            }
        }

        private static boolean isIdentifierStart(char c) {
            return c != '\0' && Character.isJavaIdentifierStart(c);
        }
    }
}
