package pstudio.place;

import java.util.List;

/** The root of a place ({@code game}): holds the services. */
public final class DataModel extends Instance {
    /** The services every place has, in the order a new place lists them. */
    public static final List<String> SERVICES =
            List.of("Workspace", "ReplicatedStorage", "ServerScriptService", "ServerStorage");

    private final RunService runService = new RunService(this);

    DataModel() {
        super("DataModel");
        setNameQuietly("Game");
    }

    /** A place with every service and nothing else. */
    public static DataModel empty() {
        DataModel game = new DataModel();
        for (String service : SERVICES) {
            game.GetService(service);
        }
        return game;
    }

    /** The service of that class, created if the place lacks it; an unknown name is an error. */
    public Instance GetService(String serviceName) {
        if (RunService.CLASS_NAME.equals(serviceName)) {
            return runService;
        }
        InstanceClass c = InstanceClass.find(serviceName);
        if (c == null || !c.isService()) {
            throw new InstanceException("'" + serviceName + "' is not a valid Service name");
        }
        Instance existing = FindFirstChildOfClass(serviceName);
        if (existing != null) {
            return existing;
        }
        Instance service = c.create();
        service.reparent(this);
        return service;
    }

    /** {@code game.RunService}, as in Roblox, though it is none of the place's children. */
    public RunService getRunService() {
        return runService;
    }

    public Instance getWorkspace() {
        return GetService("Workspace");
    }

    private void setNameQuietly(String n) {
        setProperty(InstanceClass.NAME, n);
    }

    @Override
    protected void checkParentAllowed(Instance newParent) {
        if (newParent != null) {
            throw new InstanceException("The DataModel cannot have a parent");
        }
    }

    @Override
    public String GetFullName() {
        return getName();
    }

    /** A deep copy of the whole place (what a run works on). */
    public DataModel copyPlace() {
        return (DataModel) copyTree();
    }
}
