package pstudio.engine.luau;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Luau's {@code math} library. Results that are whole by definition (floor, ceil, round, sign,
 * the integer forms of random, modf's whole part) are Integer or Long so that they index lists;
 * others are Double. Any Java number is accepted. {@code random} and {@code randomseed} use Luau's
 * generator (PCG32), one per run shared by all of the run's scripts and actors; in Luau each VM
 * (each actor) has its own.
 */
public final class MathLibrary {
    public static final Object pi = Math.PI;
    public static final Object huge = Double.POSITIVE_INFINITY;

    private static final long PCG_MULTIPLIER = 6364136223846793005L;
    private static final long PCG_INCREMENT = 105;

    private final AtomicLong randomState = new AtomicLong();

    /** A library with its generator seeded from the clock, as Luau seeds each VM. */
    public MathLibrary() {
        seed(System.nanoTime() ^ System.identityHashCode(this) ^ System.currentTimeMillis());
    }

    // ---- random ---------------------------------------------------------------------------------

    /** A number in [0, 1). */
    public Object random() {
        long low = next() & 0xFFFFFFFFL;
        long high = next() & 0xFFFFFFFFL;
        return Math.scalb(unsignedToDouble(low | (high << 32)), -64);
    }

    /** A whole number in 1..m. */
    public Object random(Object m) {
        int upper = Arguments.integer(m, 1, "random");
        if (upper < 1) {
            throw Arguments.error(1, "random", "interval is empty");
        }
        long x = upper * (next() & 0xFFFFFFFFL);
        return (int) (1 + (x >>> 32));
    }

    /** A whole number in m..n. */
    public Object random(Object m, Object n) {
        int lower = Arguments.integer(m, 1, "random");
        int upper = Arguments.integer(n, 2, "random");
        if (lower > upper) {
            throw Arguments.error(2, "random", "interval is empty");
        }
        long span = (upper - lower) & 0xFFFFFFFFL;
        if (span >= 0xFFFFFFFFL) {
            throw Arguments.error(2, "random", "interval is too large");
        }
        long x = (span + 1) * (next() & 0xFFFFFFFFL);
        return (int) (lower + (x >>> 32));
    }

    public Object randomseed(Object seed) {
        seed(Arguments.integer(seed, 1, "randomseed"));
        return null;
    }

    private void seed(long seed) {
        long state = step(0);
        state = step(state + seed);
        randomState.set(state);
    }

    private static long step(long state) {
        return state * PCG_MULTIPLIER + PCG_INCREMENT;
    }

    /** The next 32 bits of PCG32 (XSH RR), atomic so that parallel actors never share a draw. */
    private int next() {
        long old;
        do {
            old = randomState.get();
        } while (!randomState.compareAndSet(old, step(old)));
        int xorShifted = (int) (((old >>> 18) ^ old) >>> 27);
        int rotation = (int) (old >>> 59);
        return Integer.rotateRight(xorShifted, rotation);
    }

    /** An unsigned 64-bit value rounded to the nearest double, as C's conversion does. */
    private static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return ((v >>> 1) | (v & 1)) * 2.0;
    }

    // ---- rounding and sign ----------------------------------------------------------------------

    public static Object floor(Object x) {
        if (isWholeType(x)) {
            return x;
        }
        return LuauValues.whole(Math.floor(Arguments.number(x, 1, "floor")));
    }

    public static Object ceil(Object x) {
        if (isWholeType(x)) {
            return x;
        }
        return LuauValues.whole(Math.ceil(Arguments.number(x, 1, "ceil")));
    }

    /** Rounds half away from zero, as C's round: 2.5 to 3, -2.5 to -3. */
    public static Object round(Object x) {
        if (isWholeType(x)) {
            return x;
        }
        double d = Arguments.number(x, 1, "round");
        double magnitude = Math.abs(d);
        double whole = Math.floor(magnitude);
        if (magnitude - whole >= 0.5) {
            whole += 1;
        }
        return LuauValues.whole(Math.copySign(whole, d));
    }

    public static Object sign(Object x) {
        double d = Arguments.number(x, 1, "sign");
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }

    public static Object abs(Object x) {
        if (x instanceof Integer i && i != Integer.MIN_VALUE) {
            return Math.abs(i);
        }
        if (x instanceof Long l && l != Long.MIN_VALUE) {
            return LuauValues.whole(Math.abs(l));
        }
        if (x instanceof BigInteger b) {
            return b.abs();
        }
        return Math.abs(Arguments.number(x, 1, "abs"));
    }

    // ---- comparisons ------------------------------------------------------------------------------

    /** The smallest argument, as given (an Integer stays an Integer). */
    public static Object min(Object first, Object... rest) {
        Object best = first;
        double bestValue = Arguments.number(first, 1, "min");
        for (int i = 0; i < rest.length; i++) {
            double d = Arguments.number(rest[i], i + 2, "min");
            if (d < bestValue) {
                best = rest[i];
                bestValue = d;
            }
        }
        return best;
    }

    /** The largest argument, as given. */
    public static Object max(Object first, Object... rest) {
        Object best = first;
        double bestValue = Arguments.number(first, 1, "max");
        for (int i = 0; i < rest.length; i++) {
            double d = Arguments.number(rest[i], i + 2, "max");
            if (d > bestValue) {
                best = rest[i];
                bestValue = d;
            }
        }
        return best;
    }

    public static Object clamp(Object x, Object min, Object max) {
        double v = Arguments.number(x, 1, "clamp");
        double lo = Arguments.number(min, 2, "clamp");
        double hi = Arguments.number(max, 3, "clamp");
        if (!(lo <= hi)) {
            throw Arguments.error(3, "clamp", "max must be greater than or equal to min");
        }
        if (v < lo) {
            return min;
        }
        return v > hi ? max : x;
    }

    // ---- powers, roots, logarithms ----------------------------------------------------------------

    public static Object sqrt(Object x) {
        return Math.sqrt(Arguments.number(x, 1, "sqrt"));
    }

    public static Object pow(Object x, Object y) {
        return Math.pow(Arguments.number(x, 1, "pow"), Arguments.number(y, 2, "pow"));
    }

    public static Object exp(Object x) {
        return Math.exp(Arguments.number(x, 1, "exp"));
    }

    /** The natural logarithm, or the logarithm to {@code base}. */
    public static Object log(Object x, Object base) {
        double v = Arguments.number(x, 1, "log");
        if (base == null) {
            return Math.log(v);
        }
        double b = Arguments.number(base, 2, "log");
        if (b == 2.0) {
            return log2(v);
        }
        if (b == 10.0) {
            return Math.log10(v);
        }
        return Math.log(v) / Math.log(b);
    }

    /** log2, exact for powers of two (log(x)/log(2) is not: log(8)/log(2) is 2.9999999999999996). */
    private static double log2(double v) {
        if (v > 0 && v < Double.POSITIVE_INFINITY) {
            int e = Math.getExponent(v);
            if (e >= Double.MIN_EXPONENT && v == Math.scalb(1.0, e)) {
                return e;
            }
        }
        return Math.log(v) / Math.log(2);
    }

    public static Object log10(Object x) {
        return Math.log10(Arguments.number(x, 1, "log10"));
    }

    /** [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (Luau returns the two as separate values). */
    public static Object frexp(Object x) {
        double v = Arguments.number(x, 1, "frexp");
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return Arrays.asList(v, 0);
        }
        int e = Math.getExponent(v) + 1;
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            e = Math.getExponent(v * 0x1p54) + 1 - 54;
        }
        return Arrays.asList(Math.scalb(v, -e), e);
    }

    public static Object ldexp(Object m, Object e) {
        return Math.scalb(Arguments.number(m, 1, "ldexp"), Arguments.integer(e, 2, "ldexp"));
    }

    // ---- remainders -------------------------------------------------------------------------------

    /** The remainder of x / y with the sign of x, as C's fmod. */
    public static Object fmod(Object x, Object y) {
        return Arguments.number(x, 1, "fmod") % Arguments.number(y, 2, "fmod");
    }

    /** [whole part, fraction], both with the sign of x (Luau returns the two as separate values). */
    public static Object modf(Object x) {
        double v = Arguments.number(x, 1, "modf");
        double whole = v >= 0 ? Math.floor(v) : Math.ceil(v);
        double fraction = Double.isInfinite(v) ? Math.copySign(0.0, v) : v - whole;
        return Arrays.<Object>asList(LuauValues.whole(whole), fraction);
    }

    // ---- trigonometry -----------------------------------------------------------------------------

    public static Object sin(Object x) {
        return Math.sin(Arguments.number(x, 1, "sin"));
    }

    public static Object cos(Object x) {
        return Math.cos(Arguments.number(x, 1, "cos"));
    }

    public static Object tan(Object x) {
        return Math.tan(Arguments.number(x, 1, "tan"));
    }

    public static Object asin(Object x) {
        return Math.asin(Arguments.number(x, 1, "asin"));
    }

    public static Object acos(Object x) {
        return Math.acos(Arguments.number(x, 1, "acos"));
    }

    public static Object atan(Object x) {
        return Math.atan(Arguments.number(x, 1, "atan"));
    }

    public static Object atan2(Object y, Object x) {
        return Math.atan2(Arguments.number(y, 1, "atan2"), Arguments.number(x, 2, "atan2"));
    }

    public static Object sinh(Object x) {
        return Math.sinh(Arguments.number(x, 1, "sinh"));
    }

    public static Object cosh(Object x) {
        return Math.cosh(Arguments.number(x, 1, "cosh"));
    }

    public static Object tanh(Object x) {
        return Math.tanh(Arguments.number(x, 1, "tanh"));
    }

    public static Object rad(Object degrees) {
        return Arguments.number(degrees, 1, "rad") * (Math.PI / 180.0);
    }

    public static Object deg(Object radians) {
        return Arguments.number(radians, 1, "deg") / (Math.PI / 180.0);
    }

    // ---- interpolation and noise ------------------------------------------------------------------

    /** a + (b - a) * t, exactly b at t = 1. */
    public static Object lerp(Object a, Object b, Object t) {
        double from = Arguments.number(a, 1, "lerp");
        double to = Arguments.number(b, 2, "lerp");
        double f = Arguments.number(t, 3, "lerp");
        return f == 1.0 ? to : from + (to - from) * f;
    }

    /** x moved from the range [inMin, inMax] to [outMin, outMax]. */
    public static Object map(Object x, Object inMin, Object inMax, Object outMin, Object outMax) {
        double v = Arguments.number(x, 1, "map");
        double a = Arguments.number(inMin, 2, "map");
        double b = Arguments.number(inMax, 3, "map");
        double c = Arguments.number(outMin, 4, "map");
        double d = Arguments.number(outMax, 5, "map");
        return c + (v - a) * (d - c) / (b - a);
    }

    /** Roblox's Perlin noise at (x, y, z); y and z default to 0. */
    public static Object noise(Object x, Object y, Object z) {
        return PerlinNoise.noise(Arguments.number(x, 1, "noise"), Arguments.optNumber(y, 2, "noise", 0),
                Arguments.optNumber(z, 3, "noise", 0));
    }

    // ---- classification ---------------------------------------------------------------------------

    public static Object isnan(Object x) {
        return Double.isNaN(Arguments.number(x, 1, "isnan"));
    }

    public static Object isinf(Object x) {
        return Double.isInfinite(Arguments.number(x, 1, "isinf"));
    }

    public static Object isfinite(Object x) {
        return Double.isFinite(Arguments.number(x, 1, "isfinite"));
    }

    private static boolean isWholeType(Object x) {
        return x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte
                || x instanceof BigInteger;
    }
}
