package pstudio.place;

import java.util.Map;

/**
 * Reads an EditableImage method's arguments, each point either a Vector2 or two numbers, so both
 * Roblox's {@code DrawRectangle(position, size, color)} and {@code DrawRectangle(x, y, w, h, color)}
 * work. Every misuse is an error that names the method, the argument and what it wants.
 */
final class ImageArguments {
    /** Coordinates are clamped here before they become ints: far outside is as good as outside. */
    private static final double FAR = 1e9;

    private final String method;
    private final Object[] args;
    private int next;

    ImageArguments(String method, Object[] args) {
        this.method = method;
        this.args = args == null ? new Object[0] : args;
    }

    boolean hasMore() {
        return next < args.length;
    }

    /** A point: a Vector2, or x then y. */
    int[] point(String what) {
        if (next < args.length && args[next] instanceof PointValue p) {
            next++;
            return new int[] {coordinate(p.getX(), what + ".X"), coordinate(p.getY(), what + ".Y")};
        }
        int x = coordinate(number(what + " x"), what + " x");
        int y = coordinate(number(what + " y"), what + " y");
        return new int[] {x, y};
    }

    /** A size: a Vector2, or width then height; neither may be negative. */
    int[] size(String what) {
        int[] size = point(what);
        if (size[0] < 0 || size[1] < 0) {
            throw error("the " + what + " cannot be negative (got " + size[0] + " by " + size[1] + ")");
        }
        return size;
    }

    double number(String what) {
        Object value = take(what);
        if (!(value instanceof Number n)) {
            throw error("argument " + next + " (" + what + ") must be a number, got " + describe(value));
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw error("argument " + next + " (" + what + ") must be a finite number, got " + d);
        }
        return d;
    }

    /** A Color3, as ARGB, with the optional transparency (0 opaque, 1 invisible) after it. */
    int color() {
        Object value = take("color");
        if (!(value instanceof ColorValue c)) {
            throw error("argument " + next + " (color) must be a Color3, got " + describe(value));
        }
        int argb = c.packed();
        if (hasMore() && args[next] instanceof Number) {
            double transparency = number("transparency");
            int alpha = 255 - ColorValue.channel(transparency);
            argb = alpha << 24 | (argb & 0xffffff);
        }
        return argb;
    }

    Object take(String what) {
        if (next >= args.length) {
            throw error("argument " + (next + 1) + " (" + what + ") is missing");
        }
        return args[next++];
    }

    void end() {
        if (next < args.length) {
            throw error("takes " + next + " arguments here, got " + args.length);
        }
    }

    InstanceException error(String problem) {
        return new InstanceException(method + ": " + problem);
    }

    private int coordinate(double value, String what) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw error(what + " must be a finite number, got " + value);
        }
        return (int) Math.floor(Math.max(-FAR, Math.min(FAR, value)));
    }

    static String describe(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof CharSequence) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Iterable || value instanceof Map) {
            return "a table";
        }
        if (value instanceof Instance i) {
            String name = i.getClassName();
            return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
        }
        return "a value of another type";
    }
}
