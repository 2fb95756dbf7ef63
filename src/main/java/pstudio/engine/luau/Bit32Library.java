package pstudio.engine.luau;

import pstudio.engine.ScriptError;

/**
 * Luau's {@code bit32} library: numbers are taken modulo 2^32 (a fraction is cut toward zero, -1
 * is 0xFFFFFFFF) and every result is an unsigned 32-bit number (Integer below 2^31, else Long).
 */
public final class Bit32Library {
    private static final long MASK = 0xFFFFFFFFL;

    private Bit32Library() {
    }

    public static Object band(Object... values) {
        long r = MASK;
        for (int i = 0; i < values.length; i++) {
            r &= unsigned(values[i], i + 1, "band");
        }
        return result(r);
    }

    public static Object bor(Object... values) {
        long r = 0;
        for (int i = 0; i < values.length; i++) {
            r |= unsigned(values[i], i + 1, "bor");
        }
        return result(r);
    }

    public static Object bxor(Object... values) {
        long r = 0;
        for (int i = 0; i < values.length; i++) {
            r ^= unsigned(values[i], i + 1, "bxor");
        }
        return result(r);
    }

    /** True when the band of the arguments is not zero. */
    public static Object btest(Object... values) {
        long r = MASK;
        for (int i = 0; i < values.length; i++) {
            r &= unsigned(values[i], i + 1, "btest");
        }
        return r != 0;
    }

    public static Object bnot(Object x) {
        return result(~unsigned(x, 1, "bnot"));
    }

    /** x shifted left by disp bits (right when disp is negative); 32 or more gives 0. */
    public static Object lshift(Object x, Object disp) {
        return result(shift(unsigned(x, 1, "lshift"), Arguments.integer(disp, 2, "lshift")));
    }

    public static Object rshift(Object x, Object disp) {
        return result(shift(unsigned(x, 1, "rshift"), -(long) Arguments.integer(disp, 2, "rshift")));
    }

    /** A right shift that copies the sign bit in; a negative disp shifts left. */
    public static Object arshift(Object x, Object disp) {
        long v = unsigned(x, 1, "arshift");
        long d = Arguments.integer(disp, 2, "arshift");
        if (d < 0) {
            return result(shift(v, -d));
        }
        int signed = (int) v;
        return result(d >= 32 ? (signed < 0 ? MASK : 0) : signed >> d);
    }

    public static Object lrotate(Object x, Object disp) {
        int v = (int) unsigned(x, 1, "lrotate");
        return result(Integer.rotateLeft(v, Arguments.integer(disp, 2, "lrotate") & 31));
    }

    public static Object rrotate(Object x, Object disp) {
        int v = (int) unsigned(x, 1, "rrotate");
        return result(Integer.rotateRight(v, Arguments.integer(disp, 2, "rrotate") & 31));
    }

    /** The width bits of n starting at bit field (0 is the least significant); width defaults to 1. */
    public static Object extract(Object n, Object field, Object width) {
        long v = unsigned(n, 1, "extract");
        int f = Arguments.integer(field, 2, "extract");
        int w = Arguments.optInteger(width, 3, "extract", 1);
        checkField(f, w, 2, "extract");
        return result((v >>> f) & mask(w));
    }

    /** n with the width bits at field replaced by the low bits of v. */
    public static Object replace(Object n, Object v, Object field, Object width) {
        long target = unsigned(n, 1, "replace");
        long value = unsigned(v, 2, "replace");
        int f = Arguments.integer(field, 3, "replace");
        int w = Arguments.optInteger(width, 4, "replace", 1);
        checkField(f, w, 3, "replace");
        long m = mask(w) << f;
        return result((target & ~m) | ((value << f) & m));
    }

    /** The number of zero bits above the highest one bit (32 for 0). */
    public static Object countlz(Object x) {
        return Integer.numberOfLeadingZeros((int) unsigned(x, 1, "countlz"));
    }

    /** The number of zero bits below the lowest one bit (32 for 0). */
    public static Object countrz(Object x) {
        return Integer.numberOfTrailingZeros((int) unsigned(x, 1, "countrz"));
    }

    public static Object byteswap(Object x) {
        return result(Integer.reverseBytes((int) unsigned(x, 1, "byteswap")));
    }

    private static void checkField(int field, int width, int fieldArg, String function) {
        if (field < 0) {
            throw Arguments.error(fieldArg, function, "field cannot be negative");
        }
        if (width <= 0) {
            throw Arguments.error(fieldArg + 1, function, "width must be positive");
        }
        if (field + width > 32) {
            throw new ScriptError("trying to access non-existent bits");
        }
    }

    private static long mask(int width) {
        return width >= 32 ? MASK : (1L << width) - 1;
    }

    private static long shift(long v, long disp) {
        if (disp <= -32 || disp >= 32) {
            return 0;
        }
        return disp >= 0 ? v << disp : v >>> -disp;
    }

    /** A number modulo 2^32, as Luau's bit32 reads its arguments. */
    private static long unsigned(Object x, int arg, String function) {
        if (x instanceof Integer i) {
            return i & MASK;
        }
        if (x instanceof Long l) {
            return l & MASK;
        }
        double d = Arguments.number(x, arg, function);
        return Double.isFinite(d) ? ((long) d) & MASK : 0;
    }

    private static Object result(long v) {
        return LuauValues.whole(v & MASK);
    }
}
