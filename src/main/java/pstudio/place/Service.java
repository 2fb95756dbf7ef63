package pstudio.place;

/** A top-level service of the DataModel (Workspace, ReplicatedStorage, ...); it cannot be moved. */
public final class Service extends Instance {
    Service(String className) {
        super(className);
    }

    @Override
    protected void checkParentAllowed(Instance newParent) {
        if (newParent != null && !(newParent instanceof DataModel)) {
            throw new InstanceException("Cannot move service " + getName());
        }
    }
}
