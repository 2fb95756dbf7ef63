package pstudio.engine.datatypes;

import java.util.Map;

/** Adds the datatype globals ({@code Vector2}, {@code Color3}, ...) to a run's globals. */
public final class Datatypes {
    private Datatypes() {
    }

    public static void install(Map<String, Object> globals) {
        globals.put("Vector2", Vector2.library());
        globals.put("Vector3", Vector3.library());
        globals.put("Color3", Color3.library());
        globals.put("CFrame", CFrame.library());
    }
}
