package pstudio.engine.luau;

import pstudio.engine.ScriptError;
import pstudio.engine.ValueText;

/**
 * Reads library arguments the way Luau's checks do, and words their errors as Luau does, with the
 * value shown: {@code invalid argument #1 to 'floor' (number expected, got string '5')}.
 */
final class Arguments {
    private Arguments() {
    }

    static double number(Object v, int arg, String function) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw typeError(arg, function, "number", v);
    }

    static double optNumber(Object v, int arg, String function, double absent) {
        return v == null ? absent : number(v, arg, function);
    }

    /** Luau's checkinteger: a number cut toward zero to a 32-bit int. */
    static int integer(Object v, int arg, String function) {
        if (v instanceof Integer i) {
            return i;
        }
        return (int) number(v, arg, function);
    }

    static int optInteger(Object v, int arg, String function, int absent) {
        return v == null ? absent : integer(v, arg, function);
    }

    /** A string argument; a number is turned into its text, as Luau does. */
    static String string(Object v, int arg, String function) {
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof Number) {
            return LuauFormat.tostring(v);
        }
        throw typeError(arg, function, "string", v);
    }

    static String optString(Object v, int arg, String function, String absent) {
        return v == null ? absent : string(v, arg, function);
    }

    static ScriptError typeError(int arg, String function, String expected, Object got) {
        return ValueText.badArgument(arg, function, expected, got);
    }

    static ScriptError error(int arg, String function, String message) {
        return new ScriptError(ValueText.invalidArgument(arg, function, message));
    }
}
