package pstudio.engine.luau;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;

/**
 * Luau's {@code table} library on Groovy lists and on SharedTables (their keys 1..n), with Luau's
 * 1-based positions: {@code table.insert(list, 1, x)} puts x first. {@code clear} also takes a
 * map. Functions that return several values in Luau ({@code unpack}) return a list here.
 */
public final class TableLibrary {
    private TableLibrary() {
    }

    /** Without a value, Luau's error: the call needs the table and the value. */
    public static Object insert(Object t) {
        throw new ScriptError("wrong number of arguments to 'insert'");
    }

    /** Appends value. */
    public static Object insert(Object t, Object value) {
        ArrayPart array = ArrayPart.of(t, 1, "insert");
        if (t instanceof SharedTable shared) {
            shared.append(value);
        } else {
            array.insert(array.length() + 1, value);
        }
        return null;
    }

    /** Puts value at position pos (1..n+1), moving the later values up. */
    public static Object insert(Object t, Object pos, Object value) {
        ArrayPart array = ArrayPart.of(t, 1, "insert");
        int n = array.length();
        int at = Arguments.integer(pos, 2, "insert");
        if (at < 1 || at > n + 1) {
            throw Arguments.error(2, "insert", "position out of bounds");
        }
        array.insert(at, value);
        return null;
    }

    /** Removes and returns the value at pos (default: the last); nil when pos is outside 1..n. */
    public static Object remove(Object t, Object pos) {
        ArrayPart array = ArrayPart.of(t, 1, "remove");
        int n = array.length();
        int at = Arguments.optInteger(pos, 2, "remove", n);
        if (at < 1 || at > n) {
            return null;
        }
        return array.remove(at);
    }

    /** The strings and numbers from position i (default 1) to j (default n), joined by sep. */
    public static Object concat(Object t, Object sep, Object i, Object j) {
        ArrayPart array = ArrayPart.of(t, 1, "concat");
        String separator = Arguments.optString(sep, 2, "concat", "");
        int first = Arguments.optInteger(i, 3, "concat", 1);
        int last = j == null ? array.length() : Arguments.integer(j, 4, "concat");
        StringBuilder out = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Object v = k >= 1 && k <= array.length() ? array.get(k) : null;
            if (!(v instanceof CharSequence || v instanceof Number)) {
                throw new ScriptError("invalid value (" + LuauValues.type(v) + ") at index " + k
                        + " in table for 'concat'");
            }
            if (k > first) {
                out.append(separator);
            }
            out.append(LuauFormat.tostring(v));
        }
        return out.toString();
    }

    /**
     * Sorts in place, by {@code <} or by {@code less(a, b)} returning whether a comes before b. A
     * function that contradicts itself is Luau's error, not a Java one.
     */
    public static Object sort(Object t, Object less) {
        ArrayPart array = ArrayPart.of(t, 1, "sort");
        if (less != null && !(less instanceof Closure<?>)) {
            throw Arguments.typeError(2, "sort", "function", less);
        }
        int n = array.length();
        List<Object> values = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            values.add(array.get(k));
        }
        Comparator<Object> order = less == null ? TableLibrary::compare : byFunction((Closure<?>) less);
        try {
            values.sort(order);
        } catch (IllegalArgumentException e) {
            // Java's sort notices some inconsistent orders ("Comparison method violates its general contract")
            if (String.valueOf(e.getMessage()).startsWith("Comparison method")) {
                throw new ScriptError("invalid order function for sorting");
            }
            throw e;
        }
        for (int k = 1; k <= n; k++) {
            array.set(k, values.get(k - 1));
        }
        return null;
    }

    private static Comparator<Object> byFunction(Closure<?> less) {
        return (a, b) -> {
            if (LuauValues.truthy(less.call(a, b))) {
                return -1;
            }
            return LuauValues.truthy(less.call(b, a)) ? 1 : 0;
        };
    }

    /** Luau's {@code <} for sorting: numbers with numbers, strings with strings. */
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            int c = LuauValues.compareNumbers(x, y);
            return c == 2 ? 0 : c;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().compareTo(y.toString());
        }
        throw new ScriptError("attempt to compare " + LuauValues.type(a) + " < " + LuauValues.type(b));
    }

    /** The first position at or after init (default 1) that holds value, or nil. */
    public static Object find(Object t, Object value, Object init) {
        ArrayPart array = ArrayPart.of(t, 1, "find");
        int from = Arguments.optInteger(init, 3, "find", 1);
        if (from < 1) {
            throw Arguments.error(3, "find", "index out of range");
        }
        int n = array.length();
        for (int k = from; k <= n; k++) {
            if (LuauValues.rawEquals(array.get(k), value)) {
                return k;
            }
        }
        return null;
    }

    /** Empties a list, a map or a SharedTable. */
    public static Object clear(Object t) {
        if (t instanceof Map<?, ?> map) {
            map.clear();
            return null;
        }
        ArrayPart.of(t, 1, "clear").clear();
        return null;
    }

    /** The values from position i (default 1) to j (default n), as a new list. */
    public static Object unpack(Object t, Object i, Object j) {
        ArrayPart array = ArrayPart.of(t, 1, "unpack");
        int first = Arguments.optInteger(i, 2, "unpack", 1);
        int last = j == null ? array.length() : Arguments.integer(j, 3, "unpack");
        if ((long) last - first >= 8_000_000) {
            throw new ScriptError("too many results to unpack");
        }
        List<Object> out = new ArrayList<>(Math.max(0, last - first + 1));
        int n = array.length();
        for (int k = first; k <= last; k++) {
            out.add(k >= 1 && k <= n ? array.get(k) : null);
        }
        return out;
    }

    /** The arguments as a new list (Luau's table also has the count as {@code n}: use size()). */
    public static Object pack(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** A list of n copies of value (n nils without one). */
    public static Object create(Object n, Object value) {
        int count = Arguments.integer(n, 1, "create");
        if (count < 0) {
            throw Arguments.error(1, "create", "size out of range");
        }
        return new ArrayList<>(Collections.nCopies(count, value));
    }
}
