package pstudio.place;

/** Source that runs once per VM when required, and returns a value. */
public final class ModuleScript extends LuaSourceContainer {
    public ModuleScript() {
        super("ModuleScript");
    }
}
