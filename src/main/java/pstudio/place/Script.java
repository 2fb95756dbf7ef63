package pstudio.place;

/** A script that runs when the place runs, unless Disabled or stored where scripts do not run. */
public class Script extends LuaSourceContainer {
    public Script() {
        this("Script");
    }

    protected Script(String className) {
        super(className);
    }

    public boolean isDisabled() {
        return (Boolean) getProperty(InstanceClass.DISABLED);
    }

    public void setDisabled(boolean disabled) {
        setProperty(InstanceClass.DISABLED, disabled);
    }
}
