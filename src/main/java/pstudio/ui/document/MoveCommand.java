package pstudio.ui.document;

import java.util.List;
import pstudio.place.Instance;
import pstudio.place.InstanceException;

/** Reparents instances to a new parent at an index ("Move Job into Folder"); undo restores each position. */
public final class MoveCommand implements PlaceCommand {
    private final List<Instance> moved;
    private final Instance newParent;
    private final int index;
    private final List<TreePosition> positions;

    /**
     * {@code index} counts among the new parent's children before the move; a negative index or
     * one past the end appends.
     */
    public MoveCommand(List<Instance> instances, Instance newParent, int index) {
        this.moved = TreeSelections.topmost(instances);
        String refusal = refusal(moved, newParent);
        if (refusal != null) {
            throw new InstanceException(refusal);
        }
        this.newParent = newParent;
        this.index = index;
        this.positions = TreePosition.ofAll(moved);
    }

    /** Why these instances cannot go under {@code newParent}, or null if they can (drag and drop asks first). */
    public static String refusal(List<Instance> instances, Instance newParent) {
        if (instances.isEmpty()) {
            return "Nothing to move";
        }
        if (newParent == null) {
            return "Choose where to move " + TreeSelections.describe(instances);
        }
        try {
            TreeSelections.refuseServices(instances, "moved");
            TreeSelections.refuseTopLevel(newParent);
        } catch (InstanceException e) {
            return e.getMessage();
        }
        for (Instance instance : instances) {
            if (instance == newParent) {
                return "Cannot move " + instance.getName() + " into itself";
            }
            if (newParent.IsDescendantOf(instance)) {
                return "Cannot move " + instance.getName() + " into " + newParent.getName() + ", which is inside it";
            }
        }
        return null;
    }

    public List<Instance> moved() {
        return moved;
    }

    @Override
    public String description() {
        return "Move " + TreeSelections.describe(moved) + " into " + newParent.getName();
    }

    @Override
    public void apply() {
        int size = newParent.GetChildren().size();
        int target = index < 0 || index > size ? size : index;
        // moved siblings in front of the drop point no longer count once they are taken out
        for (Instance instance : moved) {
            if (instance.getParent() == newParent && newParent.indexOfChild(instance) < target) {
                target--;
            }
        }
        TreePosition.detachAll(moved);
        for (int i = 0; i < moved.size(); i++) {
            newParent.insertChild(target + i, moved.get(i));
        }
    }

    @Override
    public void revert() {
        TreePosition.detachAll(moved);
        TreePosition.restoreAll(positions);
    }
}
