package pstudio.engine.datatypes;

import pstudio.engine.ScriptError;
import pstudio.engine.ValueText;

/** Reads the arguments of datatype constructors and methods, with Luau's wording when one is wrong. */
final class DatatypeArguments {
    private DatatypeArguments() {
    }

    static Object at(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /** Argument {@code i} (0-based) as a number; nil gives {@code absent}, as Roblox's constructors default to 0. */
    static double number(Object[] args, int i, String function, double absent) {
        Object v = at(args, i);
        return v == null ? absent : number(v, i + 1, function);
    }

    static double number(Object v, int argument, String function) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw ValueText.badArgument(argument, function, "number", v);
    }

    static Vector2 vector2(Object v, int argument, String function) {
        if (v instanceof Vector2 vector) {
            return vector;
        }
        throw ValueText.badArgument(argument, function, "Vector2", v);
    }


    static Vector3 vector3(Object v, int argument, String function) {
        if (v instanceof Vector3 vector) {
            return vector;
        }
        throw ValueText.badArgument(argument, function, "Vector3", v);
    }

    static CFrame cframe(Object v, int argument, String function) {
        if (v instanceof CFrame cf) {
            return cf;
        }
        throw ValueText.badArgument(argument, function, "CFrame", v);
    }

    static Color3 color3(Object v, int argument, String function) {
        if (v instanceof Color3 color) {
            return color;
        }
        throw ValueText.badArgument(argument, function, "Color3", v);
    }


    /** {@code Vector3.new} takes 0 to 3 numbers: too many is a mistake worth saying. */
    static void atMost(Object[] args, int most, String function, String usage) {
        if (args.length > most) {
            throw new ScriptError(function + " takes at most " + most + " arguments (" + usage + "), not " + args.length);
        }
    }
}
