package pstudio.engine.luau;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import groovyjarjarantlr4.v4.runtime.CharStreams;
import groovyjarjarantlr4.v4.runtime.Token;
import org.apache.groovy.parser.antlr4.GroovyLangLexer;

/**
 * Luau writes power as {@code ^}; Groovy parses {@code ^} as xor, with xor's low precedence.
 * Before parsing, every {@code ^} and {@code ^=} operator becomes {@code **} and {@code **=},
 * which have Luau's precedence ({@link LuauArithmetic} makes chains right-associative). Groovy's
 * own lexer finds the operators, so a {@code ^} in a string, a comment or a slashy regex
 * ({@code /^a/}) stays as it is. Each rewrite makes its line one character longer;
 * {@link Rewrite#originalColumn} maps a column the compiler reports back to the user's text.
 */
public final class PowerSyntax {
    private PowerSyntax() {
    }

    /** The source to compile and how its columns map back. */
    public static Rewrite rewrite(String source) {
        if (source.indexOf('^') < 0) {
            return new Rewrite(source, Map.of());
        }
        List<Token> carets = new ArrayList<>();
        try {
            GroovyLangLexer lexer = new GroovyLangLexer(CharStreams.fromString(source));
            lexer.removeErrorListeners();
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getType() == GroovyLangLexer.XOR || t.getType() == GroovyLangLexer.XOR_ASSIGN) {
                    carets.add(t);
                }
            }
        } catch (RuntimeException unlexable) {
            // The parser reports this source's error, in the user's own columns.
            return new Rewrite(source, Map.of());
        }
        StringBuilder out = new StringBuilder(source.length() + carets.size());
        Map<Integer, List<Integer>> inserted = new HashMap<>();
        int copied = 0;
        int codePoint = 0;
        for (Token t : carets) {
            // the lexer counts code points; the string counts UTF-16 units
            int at = source.offsetByCodePoints(copied, t.getStartIndex() - codePoint);
            codePoint = t.getStartIndex() + 1;
            out.append(source, copied, at).append("**");
            copied = at + 1;
            inserted.computeIfAbsent(t.getLine(), k -> new ArrayList<>()).add(t.getCharPositionInLine() + 1);
        }
        out.append(source, copied, source.length());
        Map<Integer, int[]> columns = new HashMap<>();
        inserted.forEach((line, cols) -> columns.put(line, cols.stream().mapToInt(Integer::intValue).toArray()));
        return new Rewrite(out.toString(), columns);
    }

    /**
     * A rewritten source. {@code carets} holds, per line, the original 1-based columns of the
     * rewritten {@code ^} in ascending order.
     */
    public record Rewrite(String source, Map<Integer, int[]> carets) {
        /** The column in the user's text of {@code column} (1-based) on {@code line} of the rewritten one. */
        public int originalColumn(int line, int column) {
            int[] cols = carets.get(line);
            if (cols == null) {
                return column;
            }
            int shift = 0;
            // the j-th rewritten ^ (0-based) now takes columns cols[j]+j and cols[j]+j+1
            for (int j = 0; j < cols.length && cols[j] + j + 1 <= column; j++) {
                shift = j + 1;
            }
            return column - shift;
        }
    }
}
