package pstudio.engine;

import groovy.lang.GString;
import pstudio.engine.luau.LuauFormat;
import pstudio.engine.luau.LuauValues;
import pstudio.place.Instance;

/** How messages name a script's values (by their Luau type, with the value as written where it is short) and wrong arguments. */
public final class ValueText {
    private ValueText() {
    }

    /** Luau's {@code invalid argument #1 to 'wait' (problem)}. */
    public static String invalidArgument(int argument, String function, String problem) {
        return "invalid argument #" + argument + " to '" + function + "' (" + problem + ")";
    }

    /** {@code invalid argument #1 to 'wait' (number expected, got string '5')}, as an error to throw. */
    public static ScriptError badArgument(int argument, String function, String expected, Object got) {
        return new ScriptError(invalidArgument(argument, function, expected + " expected, got " + shown(got)));
    }

    /** {@code string '5'}, {@code number 5}, {@code nil}, {@code Folder Workspace.Map}: a value in an error message. */
    public static String shown(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof String || v instanceof GString) {
            String s = v.toString();
            return "string '" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "'";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return LuauValues.typeof(v) + " " + LuauFormat.tostring(v);
        }
        if (v instanceof Instance i) {
            return i.describe();
        }
        return LuauValues.typeof(v);
    }
}
