package pstudio.engine.datatypes;

import static pstudio.engine.datatypes.DatatypeArguments.at;
import static pstudio.engine.datatypes.DatatypeArguments.cframe;
import static pstudio.engine.datatypes.DatatypeArguments.number;
import static pstudio.engine.datatypes.DatatypeArguments.vector3;

import java.util.ArrayList;
import java.util.List;
import pstudio.engine.ScriptError;
import pstudio.engine.luau.LuauFormat;

/**
 * Roblox's CFrame: an immutable position and rotation. The rotation is a 3x3 matrix whose columns
 * are the right, up and back vectors ({@code LookVector} is minus the third column). Prints as
 * Roblox prints it: {@code x, y, z, R00, R01, R02, R10, R11, R12, R20, R21, R22}.
 */
public final class CFrame implements Arithmetic {
    public static final CFrame IDENTITY = new CFrame(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1);

    private final double x;
    private final double y;
    private final double z;
    private final double r00;
    private final double r01;
    private final double r02;
    private final double r10;
    private final double r11;
    private final double r12;
    private final double r20;
    private final double r21;
    private final double r22;

    /** From the position and the rotation matrix row by row, as {@code CFrame.new} with 12 numbers takes them. */
    CFrame(double x, double y, double z, double r00, double r01, double r02, double r10, double r11, double r12,
            double r20, double r21, double r22) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.r00 = r00;
        this.r01 = r01;
        this.r02 = r02;
        this.r10 = r10;
        this.r11 = r11;
        this.r12 = r12;
        this.r20 = r20;
        this.r21 = r21;
        this.r22 = r22;
    }

    static DatatypeLibrary library() {
        return new DatatypeLibrary("CFrame")
                .constructor("new", CFrame::construct)
                .constructor("lookAt", a -> lookAt(vector3(at(a, 0), 1, "lookAt"), vector3(at(a, 1), 2, "lookAt"),
                        at(a, 2) == null ? Vector3.Y_AXIS : vector3(at(a, 2), 3, "lookAt")))
                .constructor("lookAlong", a -> {
                    Vector3 from = vector3(at(a, 0), 1, "lookAlong");
                    return lookAt(from, from.plus(vector3(at(a, 1), 2, "lookAlong")),
                            at(a, 2) == null ? Vector3.Y_AXIS : vector3(at(a, 2), 3, "lookAlong"));
                })
                .constructor("Angles", a -> anglesXYZ(a, "Angles"))
                .constructor("fromEulerAnglesXYZ", a -> anglesXYZ(a, "fromEulerAnglesXYZ"))
                .constructor("fromEulerAnglesYXZ", a -> anglesYXZ(a, "fromEulerAnglesYXZ"))
                .constructor("fromOrientation", a -> anglesYXZ(a, "fromOrientation"))
                .constructor("fromAxisAngle", a -> {
                    Vector3 axis = vector3(at(a, 0), 1, "fromAxisAngle").getUnit();
                    double half = number(at(a, 1), 2, "fromAxisAngle") / 2;
                    double s = Math.sin(half);
                    return fromQuaternion(0, 0, 0, axis.x * s, axis.y * s, axis.z * s, Math.cos(half));
                })
                .constructor("fromMatrix", a -> {
                    Vector3 p = vector3(at(a, 0), 1, "fromMatrix");
                    Vector3 vx = vector3(at(a, 1), 2, "fromMatrix");
                    Vector3 vy = vector3(at(a, 2), 3, "fromMatrix");
                    Vector3 vz = at(a, 3) == null ? vx.cross(vy).getUnit() : vector3(at(a, 3), 4, "fromMatrix");
                    return new CFrame(p.x, p.y, p.z, vx.x, vy.x, vz.x, vx.y, vy.y, vz.y, vx.z, vy.z, vz.z);
                })
                .constant("identity", IDENTITY);
    }

    /** The forms of {@code CFrame.new}: (), (pos), (pos, lookAt), (x, y, z), (x, y, z, qX, qY, qZ, qW), (x, y, z, R00..R22). */
    private static CFrame construct(Object[] a) {
        switch (a.length) {
            case 0:
                return IDENTITY;
            case 1:
                Vector3 p = vector3(a[0], 1, "new");
                return new CFrame(p.x, p.y, p.z, 1, 0, 0, 0, 1, 0, 0, 0, 1);
            case 2:
                return lookAt(vector3(a[0], 1, "new"), vector3(a[1], 2, "new"), Vector3.Y_AXIS);
            case 3:
                return new CFrame(number(a, 0, "new", 0), number(a, 1, "new", 0), number(a, 2, "new", 0),
                        1, 0, 0, 0, 1, 0, 0, 0, 1);
            case 7: {
                double[] n = numbers(a);
                return fromQuaternion(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
            }
            case 12: {
                double[] n = numbers(a);
                return new CFrame(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11]);
            }
            default:
                throw new ScriptError("CFrame.new takes (), (position), (position, lookAt), (x, y, z),"
                        + " (x, y, z, qX, qY, qZ, qW) or (x, y, z, R00, R01, R02, R10, R11, R12, R20, R21, R22),"
                        + " not " + a.length + " arguments");
        }
    }

    private static double[] numbers(Object[] a) {
        double[] n = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            n[i] = number(a[i], i + 1, "new");
        }
        return n;
    }

    /** Looking from {@code at} toward {@code target}; straight along {@code up} it turns about another axis. */
    static CFrame lookAt(Vector3 at, Vector3 target, Vector3 up) {
        Vector3 look = target.minus(at);
        if (look.getMagnitude() == 0) {
            return new CFrame(at.x, at.y, at.z, 1, 0, 0, 0, 1, 0, 0, 0, 1);
        }
        look = look.getUnit();
        Vector3 right = look.cross(up);
        if (right.getMagnitude() < 1e-9) {
            right = look.cross(Math.abs(look.z) < 0.9 ? Vector3.Z_AXIS : Vector3.X_AXIS);
        }
        right = right.getUnit();
        Vector3 upward = right.cross(look);
        return new CFrame(at.x, at.y, at.z, right.x, upward.x, -look.x, right.y, upward.y, -look.y,
                right.z, upward.z, -look.z);
    }

    /** Rotation about X, then Y, then Z of the rotated frame: {@code Rx * Ry * Rz}. */
    private static CFrame anglesXYZ(Object[] args, String function) {
        double a = number(args, 0, function, 0);
        double b = number(args, 1, function, 0);
        double c = number(args, 2, function, 0);
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double cb = Math.cos(b);
        double sb = Math.sin(b);
        double cc = Math.cos(c);
        double sc = Math.sin(c);
        return new CFrame(0, 0, 0,
                cb * cc, -cb * sc, sb,
                ca * sc + sa * sb * cc, ca * cc - sa * sb * sc, -sa * cb,
                sa * sc - ca * sb * cc, sa * cc + ca * sb * sc, ca * cb);
    }

    /** {@code Ry * Rx * Rz}: Roblox's orientation order (Z, then X, then Y). */
    private static CFrame anglesYXZ(Object[] args, String function) {
        double a = number(args, 0, function, 0);
        double b = number(args, 1, function, 0);
        double c = number(args, 2, function, 0);
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double cb = Math.cos(b);
        double sb = Math.sin(b);
        double cc = Math.cos(c);
        double sc = Math.sin(c);
        return new CFrame(0, 0, 0,
                cb * cc + sb * sa * sc, -cb * sc + sb * sa * cc, sb * ca,
                ca * sc, ca * cc, -sa,
                -sb * cc + cb * sa * sc, sb * sc + cb * sa * cc, cb * ca);
    }

    /** A rotation from a quaternion, normalised first. */
    static CFrame fromQuaternion(double px, double py, double pz, double qx, double qy, double qz, double qw) {
        double n = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw);
        if (n == 0) {
            return new CFrame(px, py, pz, 1, 0, 0, 0, 1, 0, 0, 0, 1);
        }
        double x = qx / n;
        double y = qy / n;
        double z = qz / n;
        double w = qw / n;
        return new CFrame(px, py, pz,
                1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
                2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
                2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y));
    }

    /** The rotation as a unit quaternion {x, y, z, w} with w >= 0. */
    private double[] quaternion() {
        double trace = r00 + r11 + r22;
        double qx;
        double qy;
        double qz;
        double qw;
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            qw = s / 4;
            qx = (r21 - r12) / s;
            qy = (r02 - r20) / s;
            qz = (r10 - r01) / s;
        } else if (r00 > r11 && r00 > r22) {
            double s = Math.sqrt(1 + r00 - r11 - r22) * 2;
            qw = (r21 - r12) / s;
            qx = s / 4;
            qy = (r01 + r10) / s;
            qz = (r02 + r20) / s;
        } else if (r11 > r22) {
            double s = Math.sqrt(1 + r11 - r00 - r22) * 2;
            qw = (r02 - r20) / s;
            qx = (r01 + r10) / s;
            qy = s / 4;
            qz = (r12 + r21) / s;
        } else {
            double s = Math.sqrt(1 + r22 - r00 - r11) * 2;
            qw = (r10 - r01) / s;
            qx = (r02 + r20) / s;
            qy = (r12 + r21) / s;
            qz = s / 4;
        }
        double n = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw) * (qw < 0 ? -1 : 1);
        return new double[] {qx / n, qy / n, qz / n, qw / n};
    }

    // ---- properties -------------------------------------------------------------------------------

    public Vector3 getPosition() {
        return new Vector3(x, y, z);
    }

    public CFrame getRotation() {
        return new CFrame(0, 0, 0, r00, r01, r02, r10, r11, r12, r20, r21, r22);
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

    public Vector3 getLookVector() {
        return new Vector3(-r02, -r12, -r22);
    }

    public Vector3 getRightVector() {
        return new Vector3(r00, r10, r20);
    }

    public Vector3 getUpVector() {
        return new Vector3(r01, r11, r21);
    }

    public Vector3 getXVector() {
        return getRightVector();
    }

    public Vector3 getYVector() {
        return getUpVector();
    }

    public Vector3 getZVector() {
        return new Vector3(r02, r12, r22);
    }

    // ---- methods ----------------------------------------------------------------------------------

    /** The CFrame that undoes this one: {@code cf * cf.Inverse()} is the identity. */
    public CFrame Inverse() {
        return new CFrame(
                -(r00 * x + r10 * y + r20 * z), -(r01 * x + r11 * y + r21 * z), -(r02 * x + r12 * y + r22 * z),
                r00, r10, r20, r01, r11, r21, r02, r12, r22);
    }

    /** Position interpolated in a line, rotation along the shortest arc. */
    public CFrame Lerp(Object goal, Object alpha) {
        CFrame g = cframe(goal, 1, "Lerp");
        double t = number(alpha, 2, "Lerp");
        double[] a = quaternion();
        double[] b = g.quaternion();
        double cos = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
        if (cos < 0) {
            cos = -cos;
            for (int i = 0; i < 4; i++) {
                b[i] = -b[i];
            }
        }
        double wa;
        double wb;
        if (cos > 0.9995) {
            wa = 1 - t;
            wb = t;
        } else {
            double angle = Math.acos(cos);
            double sin = Math.sin(angle);
            wa = Math.sin((1 - t) * angle) / sin;
            wb = Math.sin(t * angle) / sin;
        }
        return fromQuaternion(x + (g.x - x) * t, y + (g.y - y) * t, z + (g.z - z) * t,
                wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2], wa * a[3] + wb * b[3]);
    }

    public CFrame ToWorldSpace(Object cf) {
        return times(cframe(cf, 1, "ToWorldSpace"));
    }

    public CFrame ToObjectSpace(Object cf) {
        return Inverse().times(cframe(cf, 1, "ToObjectSpace"));
    }

    public Vector3 PointToWorldSpace(Object point) {
        return transform(vector3(point, 1, "PointToWorldSpace"));
    }

    public Vector3 PointToObjectSpace(Object point) {
        return Inverse().transform(vector3(point, 1, "PointToObjectSpace"));
    }

    public Vector3 VectorToWorldSpace(Object vector) {
        return rotate(vector3(vector, 1, "VectorToWorldSpace"));
    }

    public Vector3 VectorToObjectSpace(Object vector) {
        return Inverse().rotate(vector3(vector, 1, "VectorToObjectSpace"));
    }

    /** The 12 numbers: {@code def (x, y, z, r00, r01, r02, r10, r11, r12, r20, r21, r22) = cf.GetComponents()}. */
    public List<Object> GetComponents() {
        List<Object> out = new ArrayList<>(12);
        for (double d : new double[] {x, y, z, r00, r01, r02, r10, r11, r12, r20, r21, r22}) {
            out.add(d);
        }
        return out;
    }

    /** The angles that {@code CFrame.Angles} takes to make this rotation: {@code def (rx, ry, rz) = ...}. */
    public List<Object> ToEulerAnglesXYZ() {
        double b = Math.asin(Math.max(-1, Math.min(1, r02)));
        return List.of(Math.atan2(-r12, r22), b, Math.atan2(-r01, r00));
    }

    /** The angles that {@code CFrame.fromEulerAnglesYXZ} takes to make this rotation. */
    public List<Object> ToEulerAnglesYXZ() {
        double a = Math.asin(Math.max(-1, Math.min(1, -r12)));
        return List.of(a, Math.atan2(r02, r22), Math.atan2(r10, r11));
    }

    public List<Object> ToOrientation() {
        return ToEulerAnglesYXZ();
    }

    /** The rotation as an axis (a unit Vector3) and an angle in radians: {@code def (axis, angle) = ...}. */
    public List<Object> ToAxisAngle() {
        double[] q = quaternion();
        double angle = 2 * Math.acos(Math.min(1, q[3]));
        double s = Math.sqrt(Math.max(0, 1 - q[3] * q[3]));
        Vector3 axis = s < 1e-12 ? Vector3.X_AXIS : new Vector3(q[0] / s, q[1] / s, q[2] / s);
        return List.of(axis, angle);
    }

    /** Whether every component lies within epsilon (default 1e-5) of other's. */
    public boolean FuzzyEq(Object other) {
        return FuzzyEq(other, null);
    }

    public boolean FuzzyEq(Object other, Object epsilon) {
        CFrame o = cframe(other, 1, "FuzzyEq");
        double e = epsilon == null ? 1e-5 : number(epsilon, 2, "FuzzyEq");
        List<Object> a = GetComponents();
        List<Object> b = o.GetComponents();
        for (int i = 0; i < 12; i++) {
            if (!(Math.abs((Double) a.get(i) - (Double) b.get(i)) <= e)) {
                return false;
            }
        }
        return true;
    }

    // ---- operators: CFrame * CFrame, CFrame * Vector3, CFrame + Vector3, CFrame - Vector3 -----------

    @Override
    public Object multiply(Object other) {
        if (other instanceof CFrame cf) {
            return times(cf);
        }
        if (other instanceof Vector3 v) {
            return transform(v);
        }
        throw Arithmetic.unsupported("mul", this, other);
    }

    @Override
    public CFrame plus(Object other) {
        if (other instanceof Vector3 v) {
            return new CFrame(x + v.x, y + v.y, z + v.z, r00, r01, r02, r10, r11, r12, r20, r21, r22);
        }
        throw Arithmetic.unsupported("add", this, other);
    }

    @Override
    public CFrame minus(Object other) {
        if (other instanceof Vector3 v) {
            return new CFrame(x - v.x, y - v.y, z - v.z, r00, r01, r02, r10, r11, r12, r20, r21, r22);
        }
        throw Arithmetic.unsupported("sub", this, other);
    }

    CFrame times(CFrame o) {
        return new CFrame(
                r00 * o.x + r01 * o.y + r02 * o.z + x,
                r10 * o.x + r11 * o.y + r12 * o.z + y,
                r20 * o.x + r21 * o.y + r22 * o.z + z,
                r00 * o.r00 + r01 * o.r10 + r02 * o.r20, r00 * o.r01 + r01 * o.r11 + r02 * o.r21,
                r00 * o.r02 + r01 * o.r12 + r02 * o.r22,
                r10 * o.r00 + r11 * o.r10 + r12 * o.r20, r10 * o.r01 + r11 * o.r11 + r12 * o.r21,
                r10 * o.r02 + r11 * o.r12 + r12 * o.r22,
                r20 * o.r00 + r21 * o.r10 + r22 * o.r20, r20 * o.r01 + r21 * o.r11 + r22 * o.r21,
                r20 * o.r02 + r21 * o.r12 + r22 * o.r22);
    }

    Vector3 transform(Vector3 v) {
        return new Vector3(r00 * v.x + r01 * v.y + r02 * v.z + x, r10 * v.x + r11 * v.y + r12 * v.z + y,
                r20 * v.x + r21 * v.y + r22 * v.z + z);
    }

    Vector3 rotate(Vector3 v) {
        return new Vector3(r00 * v.x + r01 * v.y + r02 * v.z, r10 * v.x + r11 * v.y + r12 * v.z,
                r20 * v.x + r21 * v.y + r22 * v.z);
    }

    @Override
    public String typeName() {
        return "CFrame";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CFrame c && c.x == x && c.y == y && c.z == z && c.r00 == r00 && c.r01 == r01
                && c.r02 == r02 && c.r10 == r10 && c.r11 == r11 && c.r12 == r12 && c.r20 == r20 && c.r21 == r21
                && c.r22 == r22;
    }

    @Override
    public int hashCode() {
        int h = 17;
        for (double d : new double[] {x, y, z, r00, r01, r02, r10, r11, r12, r20, r21, r22}) {
            h = 31 * h + Double.hashCode(d + 0.0);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (double d : new double[] {x, y, z, r00, r01, r02, r10, r11, r12, r20, r21, r22}) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(LuauFormat.number(d));
        }
        return out.toString();
    }
}
