package pstudio.engine.luau;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;

/**
 * Luau's {@code string} library on Groovy strings. Positions are 1-based and may count back from
 * the end (-1 is the last character); they count characters (UTF-16 units), where Luau counts
 * bytes. A number given where a string is expected is turned into its text, as Luau does.
 * Functions that return several values in Luau return a list here (find, byte with a range,
 * match with several captures); gsub returns the new string alone.
 */
public final class StringLibrary {
    /** The longest string rep makes (Luau's limit is 2^30 bytes; this keeps a run's memory safe). */
    private static final long MAX_REP_LENGTH = 1L << 27;

    private StringLibrary() {
    }

    public static Object len(Object s) {
        return Arguments.string(s, 1, "len").length();
    }

    /** The characters from i to j (default: the end), both included. */
    public static Object sub(Object s, Object i, Object j) {
        String str = Arguments.string(s, 1, "sub");
        int length = str.length();
        int start = Math.max(1, relative(Arguments.integer(i, 2, "sub"), length));
        int end = Math.min(length, relative(Arguments.optInteger(j, 3, "sub", -1), length));
        return start <= end ? str.substring(start - 1, end) : "";
    }

    /** Luau's rule for a position: negative counts from the end, and anything below 1 becomes 0. */
    private static int relative(int position, int length) {
        if (position < 0) {
            position += length + 1;
        }
        return Math.max(position, 0);
    }

    /** Upper case of the ASCII letters only, as in Luau. */
    public static Object upper(Object s) {
        String str = Arguments.string(s, 1, "upper");
        StringBuilder out = new StringBuilder(str.length());
        for (int k = 0; k < str.length(); k++) {
            char c = str.charAt(k);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return out.toString();
    }

    public static Object lower(Object s) {
        String str = Arguments.string(s, 1, "lower");
        StringBuilder out = new StringBuilder(str.length());
        for (int k = 0; k < str.length(); k++) {
            char c = str.charAt(k);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    /** n copies of s, with sep between them. */
    public static Object rep(Object s, Object n, Object sep) {
        String str = Arguments.string(s, 1, "rep");
        int count = Arguments.integer(n, 2, "rep");
        String separator = Arguments.optString(sep, 3, "rep", "");
        if (count <= 0) {
            return "";
        }
        long size = (long) str.length() * count + (long) separator.length() * (count - 1);
        if (size > MAX_REP_LENGTH) {
            throw new ScriptError("resulting string too large");
        }
        StringBuilder out = new StringBuilder((int) size);
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                out.append(separator);
            }
            out.append(str);
        }
        return out.toString();
    }

    public static Object reverse(Object s) {
        return new StringBuilder(Arguments.string(s, 1, "reverse")).reverse().toString();
    }

    /** The code of the first character, or nil for an empty string. */
    @LuauName("byte")
    public static Object firstByte(Object s) {
        return byteAt(s, 1);
    }

    /** The code of the character at i, or nil when there is none. */
    @LuauName("byte")
    public static Object byteAt(Object s, Object i) {
        List<Object> codes = codeList(s, i, null);
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** The codes of the characters from i to j, as a list. */
    @LuauName("byte")
    public static Object codes(Object s, Object i, Object j) {
        return codeList(s, i, j);
    }

    private static List<Object> codeList(Object s, Object i, Object j) {
        String str = Arguments.string(s, 1, "byte");
        int length = str.length();
        int start = Math.max(1, relative(Arguments.optInteger(i, 2, "byte", 1), length));
        int end = Math.min(length, relative(Arguments.optInteger(j, 3, "byte", start), length));
        List<Object> out = new ArrayList<>();
        for (int k = start; k <= end; k++) {
            out.add((int) str.charAt(k - 1));
        }
        return out;
    }

    /** A string of the characters with these codes (0 to 255). */
    @LuauName("char")
    public static Object fromCodes(Object... codes) {
        StringBuilder out = new StringBuilder(codes.length);
        for (int k = 0; k < codes.length; k++) {
            int c = Arguments.integer(codes[k], k + 1, "char");
            if (c < 0 || c > 255) {
                throw Arguments.error(k + 1, "char", "invalid value");
            }
            out.append((char) c);
        }
        return out.toString();
    }

    /** The pieces of s between the occurrences of sep (default ","), as a list; an empty sep gives the characters. */
    public static Object split(Object s, Object sep) {
        String str = Arguments.string(s, 1, "split");
        String separator = Arguments.optString(sep, 2, "split", ",");
        List<Object> out = new ArrayList<>();
        if (separator.isEmpty()) {
            for (int k = 0; k < str.length(); k++) {
                out.add(String.valueOf(str.charAt(k)));
            }
            return out;
        }
        int from = 0;
        int at;
        while ((at = str.indexOf(separator, from)) >= 0) {
            out.add(str.substring(from, at));
            from = at + separator.length();
        }
        out.add(str.substring(from));
        return out;
    }

    public static Object format(Object format, Object... values) {
        return StringFormat.format(Arguments.string(format, 1, "format"), values);
    }

    // ---- patterns -------------------------------------------------------------------------------

    /**
     * [start, end, captures...] of the first match of the pattern at or after init (default 1), or
     * nil; with plain true, or a pattern without special characters, a plain substring search.
     */
    public static Object find(Object s, Object pattern, Object init, Object plain) {
        String str = Arguments.string(s, 1, "find");
        String pat = Arguments.string(pattern, 2, "find");
        int start = startPosition(str, Arguments.optInteger(init, 3, "find", 1));
        if (start < 0) {
            return null;
        }
        if (LuauValues.truthy(plain) || !LuaPattern.hasSpecials(pat)) {
            int at = str.indexOf(pat, start);
            return at < 0 ? null : list(at + 1, at + pat.length());
        }
        LuaPattern matcher = new LuaPattern(str, pat, true);
        int from = start;
        do {
            int end = matcher.matchAt(from);
            if (end >= 0) {
                List<Object> out = list(from + 1, end);
                out.addAll(matcher.captures(from, end, false));
                return out;
            }
        } while (from++ < str.length() && !matcher.anchored());
        return null;
    }

    /** The first match (or its capture; a list of them when there are several), or nil. */
    public static Object match(Object s, Object pattern, Object init) {
        String str = Arguments.string(s, 1, "match");
        String pat = Arguments.string(pattern, 2, "match");
        int start = startPosition(str, Arguments.optInteger(init, 3, "match", 1));
        if (start < 0) {
            return null;
        }
        LuaPattern matcher = new LuaPattern(str, pat, true);
        int from = start;
        do {
            int end = matcher.matchAt(from);
            if (end >= 0) {
                return single(matcher.captures(from, end, true));
            }
        } while (from++ < str.length() && !matcher.anchored());
        return null;
    }

    /** The 0-based index a search starts at, or -1 when init is past the end. */
    private static int startPosition(String str, int init) {
        int start = relative(init, str.length());
        if (start < 1) {
            start = 1;
        } else if (start > str.length() + 1) {
            return -1;
        }
        return start - 1;
    }

    /**
     * The matches one after another: {@code for (w in string.gmatch(s, '%a+'))}, or called as a
     * function that returns the next match and nil at the end, as in Luau.
     */
    public static Object gmatch(Object s, Object pattern) {
        return new Matches(Arguments.string(s, 1, "gmatch"), Arguments.string(pattern, 2, "gmatch"));
    }

    /**
     * s with (the first n) matches replaced: by a string in which %0 to %9 are captures and %% is
     * %, by the value of a map or SharedTable at the first capture, or by what a function of the
     * captures returns; nil or false keeps the match.
     */
    public static Object gsub(Object s, Object pattern, Object repl, Object n) {
        String str = Arguments.string(s, 1, "gsub");
        String pat = Arguments.string(pattern, 2, "gsub");
        if (!(repl instanceof CharSequence || repl instanceof Number || repl instanceof Closure<?>
                || repl instanceof Map<?, ?> || repl instanceof SharedTable || repl instanceof List<?>)) {
            throw Arguments.typeError(3, "gsub", "string/function/table", repl);
        }
        int max = Arguments.optInteger(n, 4, "gsub", str.length() + 1);
        LuaPattern matcher = new LuaPattern(str, pat, true);
        StringBuilder out = new StringBuilder();
        int src = 0;
        int count = 0;
        while (count < max) {
            int end = matcher.matchAt(src);
            if (end >= 0) {
                count++;
                out.append(replacement(matcher, str, src, end, repl));
            }
            if (end > src) {
                src = end;
            } else if (src < str.length()) {
                out.append(str.charAt(src++));
            } else {
                break;
            }
            if (matcher.anchored()) {
                break;
            }
        }
        out.append(str, src, str.length());
        return out.toString();
    }

    private static String replacement(LuaPattern matcher, String str, int start, int end, Object repl) {
        Object value;
        if (repl instanceof CharSequence || repl instanceof Number) {
            return template(matcher, str, LuauFormat.tostring(repl), start, end);
        } else if (repl instanceof Closure<?> fn) {
            value = fn.call(matcher.captures(start, end, true).toArray());
        } else {
            value = lookup(repl, matcher.capture(0, start, end));
        }
        if (!LuauValues.truthy(value)) {
            return str.substring(start, end);
        }
        if (value instanceof CharSequence || value instanceof Number) {
            return LuauFormat.tostring(value);
        }
        throw new ScriptError("invalid replacement value (a " + LuauValues.type(value) + ")");
    }

    private static Object lookup(Object table, Object key) {
        if (table instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (table instanceof SharedTable shared) {
            return shared.getAt(key);
        }
        List<?> list = (List<?>) table;
        if (key instanceof Integer i && i >= 1 && i <= list.size()) {
            return list.get(i - 1);
        }
        return null;
    }

    private static String template(LuaPattern matcher, String str, String repl, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < repl.length(); k++) {
            char c = repl.charAt(k);
            if (c != '%') {
                out.append(c);
                continue;
            }
            k++;
            char d = k < repl.length() ? repl.charAt(k) : '\0';
            if (d == '%') {
                out.append('%');
            } else if (d >= '0' && d <= '9') {
                out.append(d == '0' ? str.substring(start, end)
                        : LuauFormat.tostring(matcher.capture(d - '1', start, end)));
            } else {
                throw new ScriptError("invalid use of '%' in replacement string");
            }
        }
        return out.toString();
    }

    private static Object single(List<Object> captures) {
        return captures.size() == 1 ? captures.get(0) : captures;
    }

    private static List<Object> list(Object... values) {
        List<Object> out = new ArrayList<>(values.length + 2);
        for (Object v : values) {
            out.add(v);
        }
        return out;
    }

    /** gmatch's iterator: a function to call, and something to loop over. */
    private static final class Matches extends Closure<Object> implements Iterable<Object> {
        private final String subject;
        private final String pattern;
        private int position;
        private Object pending;
        private boolean ready;

        Matches(String subject, String pattern) {
            super(null);
            this.subject = subject;
            this.pattern = pattern;
        }

        @Override
        public Object call() {
            if (ready) {
                ready = false;
                return pending;
            }
            return advance();
        }

        @Override
        public Object call(Object... args) {
            return call();
        }

        public Object doCall(Object... args) {
            return call();
        }

        private Object advance() {
            LuaPattern matcher = new LuaPattern(subject, pattern, false);
            for (int src = position; src <= subject.length(); src++) {
                int end = matcher.matchAt(src);
                if (end >= 0) {
                    position = end == src ? end + 1 : end;
                    return single(matcher.captures(src, end, true));
                }
            }
            position = subject.length() + 1;
            return null;
        }

        @Override
        public Iterator<Object> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    if (!ready) {
                        pending = advance();
                        ready = true;
                    }
                    return pending != null;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ready = false;
                    return pending;
                }
            };
        }
    }
}
