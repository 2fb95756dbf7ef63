package pstudio.engine.datatypes;

import java.util.Map;
import pstudio.place.DatatypeValue;

/** Adds the datatype globals ({@code Vector2}, {@code Color3}, ...) to a run's globals. */
public final class Datatypes {
    private Datatypes() {
    }

    /** The engine's own datatype for one the tree stored ({@code DatatypeValue.Plain} from a file); others as they are. */
    public static Object of(DatatypeValue stored) {
        if (stored instanceof Datatype) {
            return stored;
        }
        double[] n = stored.components();
        return switch (stored.typeName() + "/" + n.length) {
            case "Vector2/2" -> new Vector2(n[0], n[1]);
            case "Vector3/3" -> new Vector3(n[0], n[1], n[2]);
            case "Color3/3" -> new Color3(n[0], n[1], n[2]);
            case "CFrame/12" -> new CFrame(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11]);
            default -> stored;
        };
    }

    public static void install(Map<String, Object> globals) {
        globals.put("Vector2", Vector2.library());
        globals.put("Vector3", Vector3.library());
        globals.put("Color3", Color3.library());
        globals.put("CFrame", CFrame.library());
    }
}
