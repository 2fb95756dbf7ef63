package pstudio.ui.document;

import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.InstanceException;

/** Inserts a new instance of a creatable class as the last child of a parent ("Insert Folder"). */
public final class InsertCommand implements PlaceCommand {
    private final Instance parent;
    private final Instance created;

    /** Creates the instance now, so that redo puts back the very object undo took away. */
    public InsertCommand(Instance parent, String className) {
        InstanceClass type = InstanceClass.of(className);
        if (!type.isCreatable()) {
            throw new InstanceException(className + " cannot be inserted");
        }
        TreeSelections.refuseTopLevel(parent);
        this.parent = parent;
        this.created = type.create();
    }

    public Instance created() {
        return created;
    }

    @Override
    public String description() {
        return "Insert " + created.getClassName();
    }

    @Override
    public void apply() {
        parent.insertChild(parent.GetChildren().size(), created);
    }

    @Override
    public void revert() {
        created.setParent(null);
    }
}
