package pstudio.engine.datatypes;

import static pstudio.engine.datatypes.DatatypeArguments.number;
import static pstudio.engine.datatypes.DatatypeArguments.vector2;

import pstudio.engine.luau.LuauFormat;
import pstudio.place.PointValue;

/**
 * Roblox's Vector2: an immutable 2D vector. Components are doubles (Luau's numbers; Roblox keeps
 * 32-bit floats). Prints as Roblox prints it: {@code 1, 2}.
 */
public final class Vector2 implements Arithmetic, PointValue {
    public static final Vector2 ZERO = new Vector2(0, 0);
    public static final Vector2 ONE = new Vector2(1, 1);
    public static final Vector2 X_AXIS = new Vector2(1, 0);
    public static final Vector2 Y_AXIS = new Vector2(0, 1);

    private final double x;
    private final double y;

    public Vector2(double x, double y) {
        this.x = x;
        this.y = y;
    }

    static DatatypeLibrary library() {
        return new DatatypeLibrary("Vector2")
                .constructor("new", a -> {
                    DatatypeArguments.atMost(a, 2, "Vector2.new", "x, y");
                    return new Vector2(number(a, 0, "new", 0), number(a, 1, "new", 0));
                })
                .constant("zero", ZERO).constant("one", ONE).constant("xAxis", X_AXIS).constant("yAxis", Y_AXIS);
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    public double getMagnitude() {
        return Math.sqrt(x * x + y * y);
    }

    /** The vector scaled to length 1; the zero vector has no direction, so its Unit is nan, as in Roblox. */
    public Vector2 getUnit() {
        double m = getMagnitude();
        return new Vector2(x / m, y / m);
    }

    public double Dot(Object other) {
        Vector2 o = vector2(other, 1, "Dot");
        return x * o.x + y * o.y;
    }

    /** The 2D cross product, a number: {@code x1 * y2 - y1 * x2}. */
    public double Cross(Object other) {
        Vector2 o = vector2(other, 1, "Cross");
        return x * o.y - y * o.x;
    }

    public Vector2 Lerp(Object goal, Object alpha) {
        Vector2 g = vector2(goal, 1, "Lerp");
        double t = number(alpha, 2, "Lerp");
        return new Vector2(x + (g.x - x) * t, y + (g.y - y) * t);
    }

    /** The angle to {@code other} in radians, 0..pi; with isSigned, negative when other is clockwise of this. */
    public double Angle(Object other) {
        return Angle(other, false);
    }

    public double Angle(Object other, Object isSigned) {
        Vector2 o = vector2(other, 1, "Angle");
        double angle = Math.atan2(x * o.y - y * o.x, x * o.x + y * o.y);
        return Boolean.TRUE.equals(isSigned) ? angle : Math.abs(angle);
    }

    /** Whether other lies within epsilon (default 1e-5) of this. */
    public boolean FuzzyEq(Object other) {
        return FuzzyEq(other, null);
    }

    public boolean FuzzyEq(Object other, Object epsilon) {
        Vector2 o = vector2(other, 1, "FuzzyEq");
        double e = epsilon == null ? 1e-5 : number(epsilon, 2, "FuzzyEq");
        return Math.hypot(x - o.x, y - o.y) <= e;
    }

    public Vector2 Min(Object other) {
        Vector2 o = vector2(other, 1, "Min");
        return new Vector2(Math.min(x, o.x), Math.min(y, o.y));
    }

    public Vector2 Max(Object other) {
        Vector2 o = vector2(other, 1, "Max");
        return new Vector2(Math.max(x, o.x), Math.max(y, o.y));
    }

    public Vector2 Abs() {
        return new Vector2(Math.abs(x), Math.abs(y));
    }

    public Vector2 Floor() {
        return new Vector2(Math.floor(x), Math.floor(y));
    }

    public Vector2 Ceil() {
        return new Vector2(Math.ceil(x), Math.ceil(y));
    }

    public Vector2 Sign() {
        return new Vector2(Math.signum(x), Math.signum(y));
    }

    // ---- operators: Vector2 with Vector2, and * / with a number on either side ----------------

    @Override
    public Vector2 plus(Object other) {
        if (other instanceof Vector2 o) {
            return new Vector2(x + o.x, y + o.y);
        }
        throw Arithmetic.unsupported("add", this, other);
    }

    @Override
    public Vector2 minus(Object other) {
        if (other instanceof Vector2 o) {
            return new Vector2(x - o.x, y - o.y);
        }
        throw Arithmetic.unsupported("sub", this, other);
    }

    @Override
    public Vector2 multiply(Object other) {
        if (other instanceof Number n) {
            double k = n.doubleValue();
            return new Vector2(x * k, y * k);
        }
        if (other instanceof Vector2 o) {
            return new Vector2(x * o.x, y * o.y);
        }
        throw Arithmetic.unsupported("mul", this, other);
    }

    @Override
    public Vector2 div(Object other) {
        if (other instanceof Number n) {
            double k = n.doubleValue();
            return new Vector2(x / k, y / k);
        }
        if (other instanceof Vector2 o) {
            return new Vector2(x / o.x, y / o.y);
        }
        throw Arithmetic.unsupported("div", this, other);
    }

    @Override
    public Vector2 negative() {
        return new Vector2(-x, -y);
    }

    @Override
    public Vector2 multipliedBy(Number left) {
        return multiply(left);
    }

    @Override
    public Vector2 dividing(Number left) {
        double k = left.doubleValue();
        return new Vector2(k / x, k / y);
    }

    @Override
    public String typeName() {
        return "Vector2";
    }

    /** Roblox's {@code ==}: every component equal ({@code 0 == -0}, nan equals nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Vector2 v && v.x == x && v.y == y;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(x + 0.0) + Double.hashCode(y + 0.0);
    }

    @Override
    public String toString() {
        return LuauFormat.number(x) + ", " + LuauFormat.number(y);
    }
}
