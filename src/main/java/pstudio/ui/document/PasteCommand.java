package pstudio.ui.document;

import java.util.List;
import pstudio.place.Instance;

/** Adds fresh deep copies of the clipboard's instances at the end of a parent ("Paste 2 items"). */
public final class PasteCommand implements PlaceCommand {
    private final Instance parent;
    private final List<Instance> pasted;

    /** Copies now, so that each paste makes new objects and redo puts back the same ones. */
    public PasteCommand(List<Instance> templates, Instance parent) {
        TreeSelections.refuseTopLevel(parent);
        this.parent = parent;
        this.pasted = templates.stream().map(Instance::copyTree).toList();
    }

    public List<Instance> pasted() {
        return pasted;
    }

    @Override
    public String description() {
        return "Paste " + TreeSelections.describe(pasted);
    }

    @Override
    public void apply() {
        for (Instance copy : pasted) {
            parent.insertChild(parent.GetChildren().size(), copy);
        }
    }

    @Override
    public void revert() {
        TreePosition.detachAll(pasted);
    }
}
