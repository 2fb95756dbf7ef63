package pstudio.engine.datatypes;

import pstudio.engine.ScriptError;
import pstudio.engine.luau.LuauValues;

/**
 * A datatype with Luau operators ({@code Vector3 + Vector3}, {@code CFrame * Vector3}). Compiled
 * scripts reach them through {@link pstudio.engine.luau.LuauOps}, Groovy code of its own through
 * Groovy's operator method names. An operation a type lacks is Luau's error, naming both sides.
 */
public interface Arithmetic extends Datatype {
    default Object plus(Object other) {
        throw unsupported("add", this, other);
    }

    default Object minus(Object other) {
        throw unsupported("sub", this, other);
    }

    default Object multiply(Object other) {
        throw unsupported("mul", this, other);
    }

    default Object div(Object other) {
        throw unsupported("div", this, other);
    }

    default Object negative() {
        throw unsupported("unm", this, null);
    }

    /** {@code number * this}. */
    default Object multipliedBy(Number left) {
        throw unsupported("mul", left, this);
    }

    /** {@code number / this}. */
    default Object dividing(Number left) {
        throw unsupported("div", left, this);
    }

    /** {@code attempt to perform arithmetic (add) on Vector3 and number}, as Luau words it. */
    static ScriptError unsupported(String operation, Object left, Object right) {
        String on = "unm".equals(operation) ? LuauValues.typeof(left)
                : LuauValues.typeof(left) + " and " + LuauValues.typeof(right);
        return new ScriptError("attempt to perform arithmetic (" + operation + ") on " + on);
    }
}
