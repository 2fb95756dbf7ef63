package pstudio.engine;

import groovy.lang.Closure;
import groovy.lang.GString;
import java.util.List;
import java.util.Map;
import pstudio.engine.luau.LuauFormat;
import pstudio.place.Instance;

/** How messages name a script's values: by their Luau type, with the value as written where it is short. */
public final class ValueText {
    private ValueText() {
    }

    /** Roblox's {@code typeof}: nil, boolean, number, string, function, table, thread, SharedTable, Instance, userdata. */
    public static String typeOf(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof CharSequence) {
            return "string";
        }
        if (v instanceof Closure<?>) {
            return "function";
        }
        if (v instanceof List<?> || v instanceof Map<?, ?> || v instanceof Object[]) {
            return "table";
        }
        if (v instanceof Coroutine) {
            return "thread";
        }
        if (v instanceof SharedTable) {
            return "SharedTable";
        }
        if (v instanceof Instance) {
            return "Instance";
        }
        return "userdata";
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
