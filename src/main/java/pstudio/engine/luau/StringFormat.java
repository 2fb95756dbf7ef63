package pstudio.engine.luau;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import pstudio.engine.ScriptError;

/**
 * {@code string.format}: C's printf conversions as Luau offers them ({@code %d %i %u %c %o %x %X
 * %e %E %f %g %G %q %s %%}, and {@code %*} for any value), with the flags {@code -+ #0}, a width
 * and a precision of at most two digits each. Numbers come out exactly as C prints them ({@code %g}
 * drops trailing zeros, {@code %.0f} of 2.5 is 2); {@code %a} (a hexadecimal double) is offered
 * too. {@code %s} takes any value, written as {@code tostring} writes it.
 */
final class StringFormat {
    private static final String FLAGS = "-+ #0";
    private static final String FUNCTION = "format";

    private final String format;
    private final Object[] args;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int nextArg;

    private StringFormat(String format, Object[] args) {
        this.format = format;
        this.args = args;
    }

    static String format(String format, Object[] args) {
        return new StringFormat(format, args).run();
    }

    /** One conversion's flags, width and precision (-1 when absent). */
    private record Spec(boolean left, boolean plus, boolean space, boolean alt, boolean zero, int width,
                        int precision, char conversion) {
    }

    private String run() {
        while (pos < format.length()) {
            char c = format.charAt(pos++);
            if (c != '%') {
                out.append(c);
            } else if (pos < format.length() && format.charAt(pos) == '%') {
                out.append('%');
                pos++;
            } else if (pos < format.length() && format.charAt(pos) == '*') {
                pos++;
                out.append(LuauFormat.tostring(takeArgument()));
            } else {
                int argNumber = nextArg + 2;
                Object value = takeArgument();
                convert(scan(), value, argNumber);
            }
        }
        return out.toString();
    }

    private Object takeArgument() {
        if (nextArg >= args.length) {
            throw new ScriptError("missing argument #" + (nextArg + 2) + " to 'format'");
        }
        return args[nextArg++];
    }

    private Spec scan() {
        int start = pos;
        while (pos < format.length() && FLAGS.indexOf(format.charAt(pos)) >= 0) {
            pos++;
        }
        String flags = format.substring(start, pos);
        if (flags.length() >= FLAGS.length() + 1) {
            throw new ScriptError("invalid format (repeated flags)");
        }
        int width = digits(2);
        int precision = -1;
        if (pos < format.length() && format.charAt(pos) == '.') {
            pos++;
            precision = Math.max(0, digits(2));
        }
        if (pos < format.length() && isDigit(format.charAt(pos))) {
            throw new ScriptError("invalid format (width or precision too long)");
        }
        if (pos >= format.length()) {
            throw new ScriptError("invalid option '%' to 'format'");
        }
        char conversion = format.charAt(pos++);
        return new Spec(flags.indexOf('-') >= 0, flags.indexOf('+') >= 0, flags.indexOf(' ') >= 0,
                flags.indexOf('#') >= 0, flags.indexOf('0') >= 0, width, precision, conversion);
    }

    /** Up to {@code max} decimal digits as a number, or -1 when there are none. */
    private int digits(int max) {
        int value = -1;
        for (int i = 0; i < max && pos < format.length() && isDigit(format.charAt(pos)); i++) {
            value = Math.max(value, 0) * 10 + (format.charAt(pos++) - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void convert(Spec spec, Object value, int arg) {
        switch (spec.conversion) {
            case 'd', 'i' -> signedInteger(spec, integer(value, arg));
            case 'u', 'o', 'x', 'X' -> unsignedInteger(spec, unsigned(value, arg));
            case 'c' -> pad(spec, "", "", String.valueOf((char) (((int) Arguments.number(value, arg, FUNCTION)) & 0xFF)),
                    false);
            case 'e', 'E', 'f', 'g', 'G', 'a', 'A' -> floating(spec, Arguments.number(value, arg, FUNCTION));
            case 'q' -> quoted(Arguments.string(value, arg, FUNCTION));
            case 's' -> {
                String text = LuauFormat.tostring(value);
                if (spec.precision >= 0 && text.length() > spec.precision) {
                    text = text.substring(0, spec.precision);
                }
                pad(spec, "", "", text, false);
            }
            default -> throw new ScriptError("invalid option '%" + spec.conversion + "' to 'format'");
        }
    }

    // ---- integers -------------------------------------------------------------------------------

    /** The argument as Luau passes it to %d: a whole number, a fraction cut toward zero. */
    private static long integer(Object value, int arg) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        return (long) Arguments.number(value, arg, FUNCTION);
    }

    /** The argument as 64 unsigned bits: negative numbers wrap around, as in C. */
    private static long unsigned(Object value, int arg) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        double d = Arguments.number(value, arg, FUNCTION);
        if (d >= 0x1p63) {
            return d >= 0x1p64 ? -1L : (long) (d - 0x1p63) + Long.MIN_VALUE;
        }
        return (long) d;
    }

    private void signedInteger(Spec spec, long v) {
        String text = Long.toString(v);
        String sign = "";
        if (text.startsWith("-")) {
            sign = "-";
            text = text.substring(1);
        } else if (spec.plus) {
            sign = "+";
        } else if (spec.space) {
            sign = " ";
        }
        pad(spec, sign, "", withPrecision(text, spec.precision), spec.precision < 0);
    }

    private void unsignedInteger(Spec spec, long v) {
        String text = switch (spec.conversion) {
            case 'o' -> Long.toOctalString(v);
            case 'x' -> Long.toHexString(v);
            case 'X' -> Long.toHexString(v).toUpperCase(Locale.ROOT);
            default -> Long.toUnsignedString(v);
        };
        text = withPrecision(text, spec.precision);
        String prefix = "";
        if (spec.alt) {
            if (spec.conversion == 'o' && !text.startsWith("0")) {
                text = "0" + text;
            } else if (v != 0 && spec.conversion == 'x') {
                prefix = "0x";
            } else if (v != 0 && spec.conversion == 'X') {
                prefix = "0X";
            }
        }
        pad(spec, "", prefix, text, spec.precision < 0);
    }

    /** C's precision for integers: at least that many digits, and none at all for 0 with precision 0. */
    private static String withPrecision(String digits, int precision) {
        if (precision < 0) {
            return digits;
        }
        if (precision == 0 && digits.equals("0")) {
            return "";
        }
        return "0".repeat(Math.max(0, precision - digits.length())) + digits;
    }

    // ---- floating point ---------------------------------------------------------------------------

    private void floating(Spec spec, double d) {
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        String sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        boolean upper = Character.isUpperCase(spec.conversion);
        double magnitude = Math.abs(d);
        if (!Double.isFinite(d)) {
            String text = Double.isNaN(d) ? "nan" : "inf";
            pad(spec, sign, "", upper ? text.toUpperCase(Locale.ROOT) : text, false);
            return;
        }
        int precision = spec.precision < 0 ? 6 : spec.precision;
        String body = switch (Character.toLowerCase(spec.conversion)) {
            case 'f' -> fixed(magnitude, precision, spec.alt);
            case 'e' -> exponent(magnitude, precision, spec.alt);
            case 'g' -> general(magnitude, spec.precision < 0 ? 6 : Math.max(1, spec.precision), spec.alt);
            default -> hexadecimal(magnitude, spec.precision);
        };
        if (upper) {
            body = body.toUpperCase(Locale.ROOT);
        }
        String prefix = "";
        if (body.startsWith("0x") || body.startsWith("0X")) {
            prefix = body.substring(0, 2);
            body = body.substring(2);
        }
        pad(spec, sign, prefix, body, true);
    }

    private static String fixed(double magnitude, int precision, boolean alt) {
        String text = new BigDecimal(magnitude).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? text + "." : text;
    }

    /** d.ddde+XX with {@code precision} digits after the point. */
    private static String exponent(double magnitude, int precision, boolean alt) {
        String digits;
        int exp;
        if (magnitude == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            exp = unscaled.length() - 1 - rounded.scale();
            digits = unscaled + "0".repeat(precision + 1 - unscaled.length());
        }
        StringBuilder sb = new StringBuilder(digits.substring(0, 1));
        if (precision > 0 || alt) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }

    /** C's %g: the shorter of %e and %f for this many significant digits, trailing zeros dropped. */
    private static String general(double magnitude, int significant, boolean alt) {
        int exp = 0;
        if (magnitude != 0) {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(significant, RoundingMode.HALF_EVEN));
            exp = rounded.precision() - rounded.scale() - 1;
        }
        String text = significant > exp && exp >= -4
                ? fixed(magnitude, significant - 1 - exp, alt)
                : exponent(magnitude, significant - 1, alt);
        return alt ? text : stripZeros(text);
    }

    private static String stripZeros(String text) {
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        String rest = e < 0 ? "" : text.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + rest;
    }

    /** C's %a: 0x1.8p+1; with a precision, the hexadecimal digits rounded to that many. */
    private static String hexadecimal(double magnitude, int precision) {
        if (magnitude == 0) {
            return "0x0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "p+0";
        }
        long bits = Double.doubleToRawLongBits(magnitude);
        boolean subnormal = Math.getExponent(magnitude) < Double.MIN_EXPONENT;
        long lead = subnormal ? 0 : 1;
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int exp = subnormal ? Double.MIN_EXPONENT : Math.getExponent(magnitude);
        String hex;
        if (precision >= 0 && precision < 13) {
            int drop = (13 - precision) * 4;
            long whole = (lead << 52) | fraction;
            long kept = whole >>> drop;
            long rest = whole & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || (rest == half && (kept & 1) == 1)) {
                kept++;
            }
            lead = kept >>> (precision * 4);
            fraction = kept & ((1L << (precision * 4)) - 1);
            hex = precision == 0 ? "" : String.format("%0" + precision + "x", fraction);
        } else {
            hex = String.format("%013x", fraction);
            if (precision < 0) {
                hex = hex.replaceAll("0+$", "");
            } else {
                hex = hex + "0".repeat(precision - 13);
            }
        }
        return "0x" + lead + (hex.isEmpty() ? "" : "." + hex) + "p" + (exp < 0 ? "" : "+") + exp;
    }

    // ---- strings ----------------------------------------------------------------------------------

    /** %q: a string in double quotes that Luau reads back as the same string. */
    private void quoted(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\\', '\n' -> out.append('\\').append(c);
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\000");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** Writes sign, prefix and body to the width: spaces before, spaces after with '-', or zeros inside with '0'. */
    private void pad(Spec spec, String sign, String prefix, String body, boolean zerosAllowed) {
        int length = sign.length() + prefix.length() + body.length();
        int fill = Math.max(0, spec.width - length);
        if (spec.left) {
            out.append(sign).append(prefix).append(body).append(" ".repeat(fill));
        } else if (spec.zero && zerosAllowed) {
            out.append(sign).append(prefix).append("0".repeat(fill)).append(body);
        } else {
            out.append(" ".repeat(fill)).append(sign).append(prefix).append(body);
        }
    }
}
