package pstudio.engine.luau;

import groovy.lang.Closure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import pstudio.engine.Coroutine;
import pstudio.engine.ScriptLibrary;
import pstudio.engine.SharedTable;
import pstudio.engine.datatypes.Datatype;
import pstudio.place.Instance;

/** What Luau sees in a script value: its type names, its truth, its equality, and whole numbers. */
public final class LuauValues {
    private static final double TWO_TO_63 = 0x1p63;

    private LuauValues() {
    }

    /** Roblox's {@code typeof}: Luau's type names, plus {@code Instance}, {@code SharedTable} and the datatypes' names ({@code Vector3}). */
    public static String typeof(Object v) {
        if (v instanceof Instance) {
            return "Instance";
        }
        if (v instanceof SharedTable) {
            return "SharedTable";
        }
        if (v instanceof Datatype d) {
            return d.typeName();
        }
        return type(v);
    }

    /** Luau's {@code type}: an Instance or a SharedTable is {@code userdata}. */
    public static String type(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof CharSequence) {
            return "string";
        }
        if (v instanceof Closure<?>) {
            return "function";
        }
        if (v instanceof Coroutine) {
            return "thread";
        }
        if (v instanceof Instance || v instanceof SharedTable) {
            return "userdata";
        }
        if (v instanceof Datatype d) {
            return d.luauType();
        }
        // Libraries are tables in Luau; so are lists, maps and a dispatch's result.
        if (v instanceof Iterable<?> || v instanceof Map<?, ?> || v instanceof Object[] || v instanceof ScriptLibrary) {
            return "table";
        }
        return "userdata";
    }

    /** Luau's truth: everything but nil and false. */
    public static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v);
    }

    /**
     * A whole double as the smallest Java number that holds it (Integer, then Long), so that a result
     * indexes a list or bounds a range; a fraction, infinity or NaN stays a Double.
     */
    public static Number whole(double d) {
        if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
            return d; // -0 stays a double, so that it prints as Luau prints it
        }
        if (d == (int) d) {
            return (int) d;
        }
        if (d == Math.rint(d) && Math.abs(d) < TWO_TO_63) {
            return (long) d;
        }
        return d;
    }

    /** A whole number from a long: Integer when it fits. */
    public static Number whole(long v) {
        return v == (int) v ? (Number) (int) v : (Number) v;
    }

    /** Luau's raw equality: numbers by value, strings by their text, anything else by identity. */
    public static boolean rawEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().equals(y.toString());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.equals(y);
        }
        return false;
    }

    /** Compares two numbers by value; NaN compares as unequal to everything (the result is then 2). */
    static int compareNumbers(Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            return Long.compare(x.longValue(), y.longValue());
        }
        if (x instanceof BigDecimal || y instanceof BigDecimal || x instanceof BigInteger || y instanceof BigInteger) {
            double dx = x.doubleValue();
            double dy = y.doubleValue();
            if (Double.isNaN(dx) || Double.isNaN(dy) || Double.isInfinite(dx) || Double.isInfinite(dy)) {
                return compareDoubles(dx, dy);
            }
            return decimal(x).compareTo(decimal(y));
        }
        return compareDoubles(x.doubleValue(), y.doubleValue());
    }

    private static int compareDoubles(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        return a == b ? 0 : 2;
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.doubleValue());
    }
}
