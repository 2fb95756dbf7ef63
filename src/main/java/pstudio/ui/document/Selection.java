package pstudio.ui.document;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pstudio.place.Instance;

/**
 * The instances the user has selected, shared by the Explorer, the Properties panel and the menus,
 * so that each of them follows the others. The first item is the primary one (the Properties target).
 */
public final class Selection {
    private final ObservableList<Instance> items = FXCollections.observableArrayList();

    public ObservableList<Instance> items() {
        return items;
    }

    public void set(List<Instance> instances) {
        if (!items.equals(instances)) {
            items.setAll(instances);
        }
    }

    public void select(Instance instance) {
        set(instance == null ? List.of() : List.of(instance));
    }

    public void clear() {
        items.clear();
    }

    /** The instance the Properties panel shows, or null. */
    public Instance primary() {
        return items.isEmpty() ? null : items.get(0);
    }
}
