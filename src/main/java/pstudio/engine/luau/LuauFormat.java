package pstudio.engine.luau;

import groovy.lang.Closure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import pstudio.engine.datatypes.Datatype;

/**
 * Turns values into text the way Luau's {@code tostring} and {@code print} do: whole doubles
 * without {@code .0}, the shortest digits that read back as the same double
 * ({@code 0.30000000000000004}), fixed notation from 1e-5 up to 1e21 and {@code 1e+21} beyond,
 * {@code inf}, {@code -inf}, {@code nan}, and {@code nil} for null. Lists and maps keep Groovy's
 * brackets, with their elements formatted the same way (a datatype among them named:
 * {@code [Vector3(1, 2, 3)]}); other objects print through their own
 * toString (a SharedTable's formats its elements with this class too), or, when they have none,
 * as their Luau type and identity ({@code thread: 0x0000abcd}).
 */
public final class LuauFormat {
    private LuauFormat() {
    }

    /** The text {@code tostring(value)} gives. */
    public static String tostring(Object value) {
        if (value instanceof String s) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        append(out, value, null);
        return out.toString();
    }

    /** Appends {@code value} as {@link #tostring} would, with element formatting for lists and maps. */
    public static void append(StringBuilder out, Object value) {
        append(out, value, null);
    }

    /**
     * Appends a value held in a list or table: a datatype is named around its components
     * ({@code [Vector3(1, 2, 3), 4]}), since its own text ({@code 1, 2, 3}) would read as several
     * elements there.
     */
    public static void appendElement(StringBuilder out, Object value) {
        element(out, value, null);
    }

    private static void element(StringBuilder out, Object value, Set<Object> open) {
        if (value instanceof Datatype d) {
            out.append(d.typeName()).append('(').append(value).append(')');
        } else {
            append(out, value, open);
        }
    }

    private static void append(StringBuilder out, Object value, Set<Object> open) {
        if (value == null) {
            out.append("nil");
        } else if (value instanceof CharSequence s) {
            out.append(s);
        } else if (value instanceof Double d) {
            out.append(number(d));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Float f) {
            out.append(number(f.doubleValue()));
        } else if (value instanceof BigDecimal b) {
            out.append(number(b.doubleValue()));
        } else if (value instanceof Closure<?> c) {
            out.append("function: ").append(address(c));
        } else if (value instanceof java.util.Collection<?> list) {
            Set<Object> seen = enter(open, value, out);
            if (seen == null) {
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object e : list) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                element(out, e, seen);
            }
            out.append(']');
            seen.remove(value);
        } else if (value instanceof Map<?, ?> map) {
            Set<Object> seen = enter(open, value, out);
            if (seen == null) {
                return;
            }
            out.append('[');
            if (map.isEmpty()) {
                out.append(':');
            }
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                element(out, e.getKey(), seen);
                out.append(':');
                element(out, e.getValue(), seen);
            }
            out.append(']');
            seen.remove(value);
        } else if (value instanceof Object[] array) {
            append(out, java.util.Arrays.asList(array), open);
        } else if (OWN_TEXT.get(value.getClass())) {
            out.append(value);
        } else {
            // Java's default text would show a class name: say what it is to Luau instead
            out.append(LuauValues.typeof(value)).append(": ").append(address(value));
        }
    }

    /** Whether a class writes its own text rather than Object's class@hash. */
    private static final ClassValue<Boolean> OWN_TEXT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    /** Marks a container as being printed; null (and "[...]" written) if it contains itself. */
    private static Set<Object> enter(Set<Object> open, Object container, StringBuilder out) {
        Set<Object> seen = open != null ? open : Collections.newSetFromMap(new IdentityHashMap<>());
        if (!seen.add(container)) {
            out.append("[...]");
            return null;
        }
        return seen;
    }

    /** {@code 0x0000abcd}: an identity, as Luau prints functions, tables and threads. */
    public static String address(Object o) {
        return String.format("0x%08x", System.identityHashCode(o));
    }

    /** A double as Luau prints it. */
    public static String number(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0" : "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        Decimal dec = shortest(Math.abs(d));
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        String digits = dec.digits;
        int len = digits.length();
        int dot = len + dec.exponent;
        if (dot >= -5 && dot <= 21) {
            if (dot <= 0) {
                out.append("0.");
                for (int i = 0; i < -dot; i++) {
                    out.append('0');
                }
                out.append(digits);
            } else if (dot >= len) {
                out.append(digits);
                for (int i = len; i < dot; i++) {
                    out.append('0');
                }
            } else {
                out.append(digits, 0, dot).append('.').append(digits, dot, len);
            }
        } else {
            out.append(digits.charAt(0));
            if (len > 1) {
                out.append('.').append(digits, 1, len);
            }
            int e = dot - 1;
            out.append('e').append(e < 0 ? '-' : '+');
            int abs = Math.abs(e);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
        return out.toString();
    }

    /** Significant digits without trailing zeros, and the power of ten of the last one. */
    private record Decimal(String digits, int exponent) {
    }

    /**
     * The shortest digits that read back as {@code d} (d > 0, finite). Java 17's Double.toString
     * always reads back but is sometimes a digit or two longer than needed (fixed in Java 19): seen
     * only for results of 16 digits or more and for subnormals, so those are checked for a shorter
     * correctly rounded form.
     */
    private static Decimal shortest(double d) {
        Decimal fromJava = parse(Double.toString(d));
        if (fromJava.digits.length() < 16 && d >= Double.MIN_NORMAL) {
            return fromJava;
        }
        BigDecimal exact = new BigDecimal(d);
        Decimal best = fromJava;
        for (int p = fromJava.digits.length() - 1; p >= 1; p--) {
            BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() != d) {
                break;
            }
            best = of(rounded);
        }
        return best;
    }

    private static Decimal of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return new Decimal(stripped.unscaledValue().toString(), -stripped.scale());
    }

    /** Reads "1.2345E-7" or "123.45" into digits and exponent. */
    private static Decimal parse(String javaText) {
        int e = javaText.indexOf('E');
        String mantissa = e < 0 ? javaText : javaText.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(javaText.substring(e + 1));
        int point = mantissa.indexOf('.');
        String whole = mantissa.substring(0, point);
        String fraction = mantissa.substring(point + 1);
        String digits = whole + fraction;
        exp -= fraction.length();
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        int end = digits.length();
        while (end > start + 1 && digits.charAt(end - 1) == '0') {
            end--;
            exp++;
        }
        return new Decimal(digits.substring(start, end), exp);
    }
}
