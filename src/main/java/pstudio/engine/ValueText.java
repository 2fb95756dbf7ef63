package pstudio.engine;

import groovy.lang.GString;
import pstudio.engine.luau.LuauFormat;
import pstudio.engine.luau.LuauValues;
import pstudio.place.Instance;

/** How messages name a script's values: by their Luau type, with the value as written where it is short. */
public final class ValueText {
    private ValueText() {
    }

    /** Roblox's {@code typeof}: nil, boolean, number, string, function, table, thread, SharedTable, Instance, userdata. */
    public static String typeOf(Object v) {
        return LuauValues.typeof(v);
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
            return typeOf(v) + " " + LuauFormat.tostring(v);
        }
        if (v instanceof Instance i) {
            return i.describe();
        }
        return typeOf(v);
    }
}
