package pstudio.place;

/** An instance that holds script source (Script, LocalScript, ModuleScript). */
public abstract class LuaSourceContainer extends Instance {
    protected LuaSourceContainer(String className) {
        super(className);
    }

    public String getSource() {
        return (String) getProperty(InstanceClass.SOURCE);
    }

    public void setSource(String source) {
        setProperty(InstanceClass.SOURCE, source);
    }
}
