package pstudio.engine.datatypes;

/**
 * A Roblox datatype ({@code Vector3}, {@code Color3}, ...): an immutable value that scripts may
 * keep anywhere a number may go (SharedTables, instruction data, results, messages), since no
 * thread can change it under another.
 */
public interface Datatype {
    /** Roblox's {@code typeof} name: {@code Vector3}. */
    String typeName();

    /** Luau's {@code type} name: {@code userdata}, except Vector3, which Luau has as its native {@code vector}. */
    default String luauType() {
        return "userdata";
    }
}
