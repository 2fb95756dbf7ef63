package pstudio.engine.luau;

import org.codehaus.groovy.runtime.InvokerHelper;
import pstudio.engine.ScriptError;
import pstudio.engine.datatypes.Arithmetic;
import pstudio.engine.datatypes.Datatype;

/**
 * Luau's arithmetic and comparisons on script values, called directly from compiled scripts
 * (see {@link LuauArithmetic}). A number is a double in Luau; here whole numbers stay
 * {@code Integer} while they fit, so list indexing, ranges and {@code times} keep working, become
 * {@code Long} beyond and {@code Double} beyond that. Any other number (Double, Float, BigDecimal,
 * BigInteger) gives a Double. {@code /} and {@code ^} on numbers always give a double, {@code %}
 * is floored, {@code +} with a string on either side joins the two as {@code tostring} writes
 * them, a datatype ({@code Vector3}) brings its own {@link Arithmetic}, and anything else that is
 * not a number is an error with Luau's wording.
 */
public final class LuauOps {
    /** Operator codes of {@link #updateAt} and {@link #updateProperty}. */
    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int MUL = 2;
    public static final int DIV = 3;
    public static final int MOD = 4;
    public static final int POW = 5;

    private static final Integer ONE = 1;

    private LuauOps() {
    }

    /*
     * Each operation tries the two common cases first, in a few bytecodes the JIT inlines into the
     * script; the rest is out of line.
     */

    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return whole((long) x + y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return addOther(a, b);
    }

    private static Object addOther(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (isWhole(x) && isWhole(y)) {
                long p = x.longValue();
                long q = y.longValue();
                long r = p + q;
                // overflow exactly when both operands have the sign opposite to the result
                return ((p ^ r) & (q ^ r)) < 0 ? (Object) ((double) p + (double) q) : whole(r);
            }
            return x.doubleValue() + y.doubleValue();
        }
        if (a instanceof CharSequence || b instanceof CharSequence) {
            return LuauFormat.tostring(a).concat(LuauFormat.tostring(b));
        }
        if (a instanceof Arithmetic x) {
            return x.plus(b);
        }
        return groovyOperator("plus", a, b);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return whole((long) x - y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return subOther(a, b);
    }

    private static Object subOther(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (isWhole(x) && isWhole(y)) {
                long p = x.longValue();
                long q = y.longValue();
                long r = p - q;
                return ((p ^ q) & (p ^ r)) < 0 ? (Object) ((double) p - (double) q) : whole(r);
            }
            return x.doubleValue() - y.doubleValue();
        }
        if (a instanceof Arithmetic x) {
            return x.minus(b);
        }
        return groovyOperator("minus", a, b);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return whole((long) x * y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return mulOther(a, b);
    }

    private static Object mulOther(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (isWhole(x) && isWhole(y)) {
                long p = x.longValue();
                long q = y.longValue();
                long hi = Math.multiplyHigh(p, q);
                long r = p * q;
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? whole(r) : (Object) ((double) p * (double) q);
            }
            return x.doubleValue() * y.doubleValue();
        }
        if (a instanceof Arithmetic x) {
            return x.multiply(b);
        }
        if (a instanceof Number x && b instanceof Arithmetic y) {
            return y.multipliedBy(x);
        }
        return groovyOperator("multiply", a, b);
    }

    /*
     * Typed operands keep their types, as in Groovy (ints wrap): these replace Groovy's dynamic
     * call for typed arithmetic, which the JIT cannot make as cheap as a static call it inlines.
     */

    public static int add(int a, int b) {
        return a + b;
    }

    public static long add(long a, long b) {
        return a + b;
    }

    public static double add(double a, double b) {
        return a + b;
    }

    public static int sub(int a, int b) {
        return a - b;
    }

    public static long sub(long a, long b) {
        return a - b;
    }

    public static double sub(double a, double b) {
        return a - b;
    }

    public static int mul(int a, int b) {
        return a * b;
    }

    public static long mul(long a, long b) {
        return a * b;
    }

    public static double mul(double a, double b) {
        return a * b;
    }

    /**
     * Always floating division for numbers: {@code 1/3 == 1.0d/3.0d}, {@code 1/0} is inf,
     * {@code 0/0} is nan; a datatype divides as it defines ({@code Vector3 / 2}).
     */
    public static Object div(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() / y.doubleValue();
        }
        if (a instanceof Arithmetic x) {
            return x.div(b);
        }
        if (a instanceof Number x && b instanceof Arithmetic y) {
            return y.dividing(x);
        }
        return number(a, b) / number(b, a);
    }

    /** For typed operands: ints and longs divide as doubles too. */
    public static double div(double a, double b) {
        return a / b;
    }

    /** Luau's floored modulo, {@code a - floor(a/b)*b}: {@code -1 % 3 == 2}; whole numbers stay whole. */
    public static Object mod(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (isWhole(x) && isWhole(y)) {
                long q = y.longValue();
                return q == 0 ? (Object) Double.NaN : whole(Math.floorMod(x.longValue(), q));
            }
            return mod(x.doubleValue(), y.doubleValue());
        }
        throw arithmeticError(a, b);
    }

    public static double mod(double a, double b) {
        return a - Math.floor(a / b) * b;
    }

    /** Typed ints keep their type; a zero divisor has no int answer (Luau's would be nan). */
    public static int mod(int a, int b) {
        if (b == 0) {
            throw new ScriptError("attempt to perform 'n%0'");
        }
        return Math.floorMod(a, b);
    }

    public static long mod(long a, long b) {
        if (b == 0) {
            throw new ScriptError("attempt to perform 'n%0'");
        }
        return Math.floorMod(a, b);
    }

    /** {@code a ^ b}, always a double: {@code 2^3 == 8.0d}. */
    public static double pow(Object a, Object b) {
        return Math.pow(number(a, b), number(b, a));
    }

    public static double pow(double a, double b) {
        return Math.pow(a, b);
    }

    /** Unary minus: {@code -(-2147483648)} is a Long, not a wrapped int. */
    public static Object unm(Object a) {
        if (a instanceof Number x) {
            if (isWhole(x)) {
                long v = x.longValue();
                return v == Long.MIN_VALUE ? (Object) (-(double) v) : whole(-v);
            }
            return -x.doubleValue();
        }
        if (a instanceof Arithmetic x) {
            return x.negative();
        }
        throw arithmeticError(a, a);
    }

    public static int unm(int a) {
        return -a;
    }

    public static long unm(long a) {
        return -a;
    }

    public static double unm(double a) {
        return -a;
    }

    /** {@code x++} and {@code ++x} on an untyped variable: a number plus one, without wrapping. */
    public static Object next(Object a) {
        return add(number(a), ONE);
    }

    public static Object previous(Object a) {
        return sub(number(a), ONE);
    }

    /** The value of {@code x++}: the old value, after the increment (the second argument) happened. */
    public static Object former(Object old, Object updated) {
        return old;
    }

    public static int former(int old, int updated) {
        return old;
    }

    public static long former(long old, long updated) {
        return old;
    }

    public static double former(double old, double updated) {
        return old;
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x < y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        return compare(a, b, "<") < 0;
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x <= y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x <= y;
        }
        return compare(a, b, "<=") <= 0;
    }

    /** Negative, zero or positive as a is below, at or above b; 1 when either is nan (no order holds). */
    private static int compare(Object a, Object b, String op) {
        if (a instanceof Number x && b instanceof Number y) {
            if (isWhole(x) && isWhole(y)) {
                return Long.compare(x.longValue(), y.longValue());
            }
            double p = x.doubleValue();
            double q = y.doubleValue();
            return p < q ? -1 : p == q ? 0 : 1;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().compareTo(y.toString());
        }
        if (a instanceof Comparable<?> && b != null && a.getClass() == b.getClass() && !(a instanceof Boolean)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) a;
            return c.compareTo(b);
        }
        throw compareError(a, op, b);
    }

    /** {@code a > b} is {@code b < a}, as in Luau (so is its error message). */
    public static boolean gt(Object a, Object b) {
        return lt(b, a);
    }

    public static boolean ge(Object a, Object b) {
        return le(b, a);
    }

    /** {@code target[key] op= value}, with target and key evaluated once. */
    public static Object updateAt(Object target, Object key, int op, Object value) {
        Object result = apply(op, InvokerHelper.invokeMethod(target, "getAt", key), value);
        InvokerHelper.invokeMethod(target, "putAt", new Object[] {key, result});
        return result;
    }

    /** {@code target.name op= value}, with target evaluated once. */
    public static Object updateProperty(Object target, Object name, int op, Object value) {
        String property = String.valueOf(name);
        Object result = apply(op, InvokerHelper.getProperty(target, property), value);
        InvokerHelper.setProperty(target, property, result);
        return result;
    }

    static Object apply(int op, Object a, Object b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case MOD -> mod(a, b);
            case POW -> pow(a, b);
            default -> throw new IllegalArgumentException("operator code " + op);
        };
    }

    /**
     * An untyped value on its way into a typed double ({@code double s; s += v}): there the
     * result must be a number anyway, and it need not be boxed.
     */
    public static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        return number(v).doubleValue();
    }

    /** Luau's name of a value's type, as its error messages use it; Roblox names a datatype by its own name. */
    static String typeName(Object v) {
        return v instanceof Datatype d ? d.typeName() : LuauValues.type(v);
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static Object whole(long r) {
        return r == (int) r ? (Object) (int) r : (Object) r;
    }

    private static Number number(Object v) {
        if (v instanceof Number n) {
            return n;
        }
        throw arithmeticError(v, v);
    }

    private static double number(Object v, Object other) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw arithmeticError(v, other);
    }

    /**
     * Groovy's own operator for what Luau has none for, so Groovy code keeps working on its own
     * values: {@code [1] + [2]}, {@code 'abc' - 'b'}, {@code 'ab' * 3}, a map plus a map. Nil,
     * booleans, a number on the left and values without the operator are Luau's error.
     */
    private static Object groovyOperator(String method, Object a, Object b) {
        if (a instanceof Datatype || b instanceof Datatype) {
            throw Arithmetic.unsupported(method.equals("plus") ? "add" : method.equals("minus") ? "sub" : "mul", a, b);
        }
        if (a == null || b == null || a instanceof Number || a instanceof Boolean || b instanceof Boolean) {
            throw arithmeticError(a, b);
        }
        if (a instanceof CharSequence && !("minus".equals(method) && (b instanceof CharSequence
                || b instanceof java.util.regex.Pattern) || "multiply".equals(method) && b instanceof Number)) {
            throw arithmeticError(a, b);
        }
        try {
            return InvokerHelper.invokeMethod(a, method, b);
        } catch (groovy.lang.MissingMethodException e) {
            if (method.equals(e.getMethod())) {
                throw arithmeticError(a, b);
            }
            throw e;
        }
    }

    /** Luau names the first operand that is not a number. */
    private static ScriptError arithmeticError(Object a, Object b) {
        Object culprit = a instanceof Number ? b : a;
        return new ScriptError("attempt to perform arithmetic on a " + typeName(culprit) + " value");
    }

    private static ScriptError compareError(Object a, String op, Object b) {
        return new ScriptError("attempt to compare " + typeName(a) + " " + op + " " + typeName(b));
    }
}
