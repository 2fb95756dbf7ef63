package pstudio.engine.luau;

import java.math.BigInteger;
import java.time.Instant;
import java.util.regex.Pattern;

/** The global functions of Luau that are not in a library: typeof, type, tostring, tonumber, tick. */
public final class LuauGlobals {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("([+-]?)0[xX]([0-9a-fA-F]+)");
    private static final Pattern HEX_FLOAT = Pattern.compile(
            "[+-]?0[xX](?=\\.?[0-9a-fA-F])[0-9a-fA-F]*\\.?[0-9a-fA-F]*[pP][+-]?\\d+");
    private static final Pattern SPECIAL = Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private LuauGlobals() {
    }

    public static String typeof(Object v) {
        return LuauValues.typeof(v);
    }

    public static String type(Object v) {
        return LuauValues.type(v);
    }

    public static String tostring(Object v) {
        return LuauFormat.tostring(v);
    }

    /**
     * The number a string spells (decimal, hexadecimal with 0x (also with a p exponent), inf
     * or nan; spaces around are
     * allowed), a number itself, or nil. Whole results are Integer or Long.
     */
    public static Object tonumber(Object v) {
        if (v instanceof Number) {
            return v;
        }
        if (!(v instanceof CharSequence cs)) {
            return null;
        }
        String s = cs.toString().strip();
        if (DECIMAL.matcher(s).matches()) {
            return LuauValues.whole(Double.parseDouble(s));
        }
        var hex = HEX.matcher(s);
        if (hex.matches()) {
            BigInteger value = new BigInteger(hex.group(2), 16);
            return LuauValues.whole(("-".equals(hex.group(1)) ? value.negate() : value).doubleValue());
        }
        if (HEX_FLOAT.matcher(s).matches()) {
            return LuauValues.whole(Double.parseDouble(s));
        }
        var special = SPECIAL.matcher(s);
        if (special.matches()) {
            double d = special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return "-".equals(special.group(1)) ? -d : d;
        }
        return null;
    }

    /** The whole number a string spells in {@code base} (2 to 36), or nil. */
    public static Object tonumber(Object v, Object base) {
        int b = base == null ? 10 : Arguments.integer(base, 2, "tonumber");
        if (b == 10) {
            return tonumber(v);
        }
        if (b < 2 || b > 36) {
            throw Arguments.error(2, "tonumber", "base out of range");
        }
        String s = v instanceof CharSequence cs ? cs.toString().strip()
                : Arguments.string(v, 1, "tonumber");
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        if (digits.isEmpty()) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), b);
            if (d < 0 || digits.charAt(i) > 'z') {
                return null;
            }
            value = value.multiply(BigInteger.valueOf(b)).add(BigInteger.valueOf(d));
        }
        return LuauValues.whole((negative ? value.negate() : value).doubleValue());
    }

    /** Seconds since 1970-01-01 UTC, with a fraction (Roblox's tick). */
    public static double tick() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }
}
