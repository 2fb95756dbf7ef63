package pstudio.ui.document;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import pstudio.place.Instance;

/**
 * What Copy and Cut put aside for Paste. It holds deep copies taken at copy time, so later edits of
 * the originals do not change what is pasted; it outlives a document, so a copy can go to another place.
 */
public final class PlaceClipboard {
    private List<Instance> contents = List.of();
    private final ReadOnlyBooleanWrapper filled = new ReadOnlyBooleanWrapper(false);

    public void put(List<Instance> instances) {
        contents = instances.stream().map(Instance::copyTree).toList();
        filled.set(!contents.isEmpty());
    }

    /** The stored copies; Paste copies them again, so that each paste makes new instances. */
    public List<Instance> contents() {
        return contents;
    }

    public boolean isEmpty() {
        return contents.isEmpty();
    }

    /** True once something was copied; the Edit menu enables Paste from it. */
    public ReadOnlyBooleanProperty filledProperty() {
        return filled.getReadOnlyProperty();
    }
}
