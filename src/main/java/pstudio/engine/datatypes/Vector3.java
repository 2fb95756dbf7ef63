package pstudio.engine.datatypes;

import static pstudio.engine.datatypes.DatatypeArguments.number;
import static pstudio.engine.datatypes.DatatypeArguments.vector3;

import pstudio.engine.luau.LuauFormat;

/**
 * Roblox's Vector3: an immutable 3D vector. Components are doubles (Luau's numbers; Roblox keeps
 * 32-bit floats). Prints as Roblox prints it: {@code 1, 2, 3}.
 */
public final class Vector3 implements Arithmetic {
    public static final Vector3 ZERO = new Vector3(0, 0, 0);
    public static final Vector3 ONE = new Vector3(1, 1, 1);
    public static final Vector3 X_AXIS = new Vector3(1, 0, 0);
    public static final Vector3 Y_AXIS = new Vector3(0, 1, 0);
    public static final Vector3 Z_AXIS = new Vector3(0, 0, 1);

    final double x;
    final double y;
    final double z;

    public Vector3(double x, double y, double z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    static DatatypeLibrary library() {
        return new DatatypeLibrary("Vector3")
                .constructor("new", a -> {
                    DatatypeArguments.atMost(a, 3, "Vector3.new", "x, y, z");
                    return new Vector3(number(a, 0, "new", 0), number(a, 1, "new", 0), number(a, 2, "new", 0));
                })
                .constant("zero", ZERO).constant("one", ONE)
                .constant("xAxis", X_AXIS).constant("yAxis", Y_AXIS).constant("zAxis", Z_AXIS);
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    public double getZ() {
        return z;
    }

    public double getMagnitude() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** The vector scaled to length 1; the zero vector has no direction, so its Unit is nan, as in Roblox. */
    public Vector3 getUnit() {
        double m = getMagnitude();
        return new Vector3(x / m, y / m, z / m);
    }

    public double Dot(Object other) {
        return dot(vector3(other, 1, "Dot"));
    }

    double dot(Vector3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vector3 Cross(Object other) {
        return cross(vector3(other, 1, "Cross"));
    }

    Vector3 cross(Vector3 o) {
        return new Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public Vector3 Lerp(Object goal, Object alpha) {
        Vector3 g = vector3(goal, 1, "Lerp");
        double t = number(alpha, 2, "Lerp");
        return new Vector3(x + (g.x - x) * t, y + (g.y - y) * t, z + (g.z - z) * t);
    }

    /** The angle to {@code other} in radians, 0..pi; signed about {@code axis} when one is given. */
    public double Angle(Object other) {
        return Angle(other, null);
    }

    public double Angle(Object other, Object axis) {
        Vector3 o = vector3(other, 1, "Angle");
        Vector3 c = cross(o);
        double angle = Math.atan2(c.getMagnitude(), dot(o));
        if (axis != null && c.dot(vector3(axis, 2, "Angle")) < 0) {
            return -angle;
        }
        return angle;
    }

    /** Whether other lies within epsilon (default 1e-5) of this. */
    public boolean FuzzyEq(Object other) {
        return FuzzyEq(other, null);
    }

    public boolean FuzzyEq(Object other, Object epsilon) {
        Vector3 o = vector3(other, 1, "FuzzyEq");
        double e = epsilon == null ? 1e-5 : number(epsilon, 2, "FuzzyEq");
        return minus(o).getMagnitude() <= e;
    }

    public Vector3 Min(Object other) {
        Vector3 o = vector3(other, 1, "Min");
        return new Vector3(Math.min(x, o.x), Math.min(y, o.y), Math.min(z, o.z));
    }

    public Vector3 Max(Object other) {
        Vector3 o = vector3(other, 1, "Max");
        return new Vector3(Math.max(x, o.x), Math.max(y, o.y), Math.max(z, o.z));
    }

    public Vector3 Abs() {
        return new Vector3(Math.abs(x), Math.abs(y), Math.abs(z));
    }

    public Vector3 Floor() {
        return new Vector3(Math.floor(x), Math.floor(y), Math.floor(z));
    }

    public Vector3 Ceil() {
        return new Vector3(Math.ceil(x), Math.ceil(y), Math.ceil(z));
    }

    public Vector3 Sign() {
        return new Vector3(Math.signum(x), Math.signum(y), Math.signum(z));
    }

    // ---- operators: Vector3 with Vector3, and * / with a number on either side ----------------

    @Override
    public Vector3 plus(Object other) {
        if (other instanceof Vector3 o) {
            return new Vector3(x + o.x, y + o.y, z + o.z);
        }
        throw Arithmetic.unsupported("add", this, other);
    }

    @Override
    public Vector3 minus(Object other) {
        if (other instanceof Vector3 o) {
            return new Vector3(x - o.x, y - o.y, z - o.z);
        }
        throw Arithmetic.unsupported("sub", this, other);
    }

    @Override
    public Vector3 multiply(Object other) {
        if (other instanceof Number n) {
            return scaled(n.doubleValue());
        }
        if (other instanceof Vector3 o) {
            return new Vector3(x * o.x, y * o.y, z * o.z);
        }
        throw Arithmetic.unsupported("mul", this, other);
    }

    Vector3 scaled(double k) {
        return new Vector3(x * k, y * k, z * k);
    }

    @Override
    public Vector3 div(Object other) {
        if (other instanceof Number n) {
            double k = n.doubleValue();
            return new Vector3(x / k, y / k, z / k);
        }
        if (other instanceof Vector3 o) {
            return new Vector3(x / o.x, y / o.y, z / o.z);
        }
        throw Arithmetic.unsupported("div", this, other);
    }

    @Override
    public Vector3 negative() {
        return new Vector3(-x, -y, -z);
    }

    @Override
    public Vector3 multipliedBy(Number left) {
        return scaled(left.doubleValue());
    }

    @Override
    public Vector3 dividing(Number left) {
        double k = left.doubleValue();
        return new Vector3(k / x, k / y, k / z);
    }

    @Override
    public String typeName() {
        return "Vector3";
    }

    /** Luau has Vector3 as its native vector type. */
    @Override
    public String luauType() {
        return "vector";
    }

    /** Roblox's {@code ==}: every component equal ({@code 0 == -0}, nan equals nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Vector3 v && v.x == x && v.y == y && v.z == z;
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(x + 0.0) + Double.hashCode(y + 0.0)) * 31 + Double.hashCode(z + 0.0);
    }

    @Override
    public String toString() {
        return LuauFormat.number(x) + ", " + LuauFormat.number(y) + ", " + LuauFormat.number(z);
    }
}
