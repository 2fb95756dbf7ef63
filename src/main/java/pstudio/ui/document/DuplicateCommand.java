package pstudio.ui.document;

import java.util.List;
import pstudio.place.Instance;
import pstudio.place.InstanceException;

/** Puts a deep copy of each instance right after the original ("Duplicate Job"). */
public final class DuplicateCommand implements PlaceCommand {
    private final List<Instance> originals;
    private final List<Instance> copies;

    public DuplicateCommand(List<Instance> instances) {
        this.originals = TreeSelections.topmost(instances);
        TreeSelections.refuseServices(originals, "duplicated");
        for (Instance original : originals) {
            if (original.getParent() == null) {
                throw new InstanceException(original.getName() + " is no longer in the place");
            }
        }
        this.copies = originals.stream().map(Instance::copyTree).toList();
    }

    public List<Instance> copies() {
        return copies;
    }

    @Override
    public String description() {
        return "Duplicate " + TreeSelections.describe(originals);
    }

    @Override
    public void apply() {
        for (int i = 0; i < originals.size(); i++) {
            Instance original = originals.get(i);
            Instance parent = original.getParent();
            parent.insertChild(parent.indexOfChild(original) + 1, copies.get(i));
        }
    }

    @Override
    public void revert() {
        TreePosition.detachAll(copies);
    }
}
