package pstudio.ui.document;

import java.util.List;
import pstudio.place.Instance;

/**
 * Removes instances from the place ("Delete Job", "Delete 3 items"). They are detached rather than
 * destroyed, so undo puts the same objects back at their original parent and index.
 */
public final class DeleteCommand implements PlaceCommand {
    private final String verb;
    private final List<Instance> removed;
    private final List<TreePosition> positions;

    public DeleteCommand(List<Instance> instances) {
        this(instances, "Delete", "deleted");
    }

    /** The delete half of Cut: the same change, named "Cut Job" in the Edit menu. */
    public static DeleteCommand cut(List<Instance> instances) {
        return new DeleteCommand(instances, "Cut", "cut");
    }

    private DeleteCommand(List<Instance> instances, String verb, String participle) {
        this.verb = verb;
        this.removed = TreeSelections.topmost(instances);
        TreeSelections.refuseServices(removed, participle);
        this.positions = TreePosition.ofAll(removed);
    }

    public List<Instance> removed() {
        return removed;
    }

    @Override
    public String description() {
        return verb + " " + TreeSelections.describe(removed);
    }

    @Override
    public void apply() {
        TreePosition.detachAll(removed);
    }

    @Override
    public void revert() {
        TreePosition.restoreAll(positions);
    }
}
