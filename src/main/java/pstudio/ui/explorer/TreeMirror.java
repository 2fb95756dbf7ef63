package pstudio.ui.explorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.TreeListener;
import pstudio.ui.fx.CoalescedFxUpdate;

/**
 * Mirrors an instance tree as TreeItems and keeps them in step with it. The place tells its
 * listeners on whatever thread changed it (engine workers during a run), so the listener only
 * notes that a refresh is due and posts at most one runLater; the refresh then reconciles the
 * items in place on the FX thread, keeping each item (and so its expansion and selection).
 */
final class TreeMirror {
    private final Instance root;
    private final TreeItem<Instance> rootItem;
    private final Map<Instance, TreeItem<Instance>> items = new HashMap<>();
    /** What the user expanded, remembered apart from the items so a filter can be undone. */
    private final Set<Instance> expanded = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<Instance> seen = Collections.newSetFromMap(new WeakHashMap<>());
    private final Predicate<Instance> expandedAtFirst;
    private final Consumer<Runnable> refreshRunner;
    private final CoalescedFxUpdate refresh = new CoalescedFxUpdate(this::refresh);
    private final Set<Instance> renamed = ConcurrentHashMap.newKeySet();
    private final TreeListener listener = new TreeListener() {
        @Override
        public void childAdded(Instance parent, Instance child) {
            requestRefresh();
        }

        @Override
        public void childRemoved(Instance parent, Instance child) {
            requestRefresh();
        }

        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            if (InstanceClass.NAME.equals(property)) {
                renamed.add(instance);
                requestRefresh();
            }
        }
    };
    private Predicate<Instance> filter;
    private boolean attached;
    private int refreshCount;

    /**
     * @param expandedAtFirst whether an item seen for the first time starts expanded
     * @param refreshRunner   runs each refresh on the FX thread, so the view can keep its selection around it
     */
    TreeMirror(Instance root, Predicate<Instance> expandedAtFirst, Consumer<Runnable> refreshRunner) {
        this.root = root;
        this.expandedAtFirst = expandedAtFirst;
        this.refreshRunner = refreshRunner;
        this.rootItem = itemFor(root, true);
        rootItem.setExpanded(true);
    }

    void attach() {
        attached = true;
        root.addTreeListener(listener);
        reconcile();
    }

    void detach() {
        attached = false;
        root.removeTreeListener(listener);
    }

    TreeItem<Instance> rootItem() {
        return rootItem;
    }

    /** The item showing {@code instance}, or null if it is not in the tree or hidden by the filter. */
    TreeItem<Instance> itemOf(Instance instance) {
        TreeItem<Instance> item = items.get(instance);
        return item != null && isShown(item) ? item : null;
    }

    private boolean isShown(TreeItem<Instance> item) {
        for (TreeItem<Instance> i = item; i != null; i = i.getParent()) {
            if (i == rootItem) {
                return true;
            }
        }
        return false;
    }

    boolean isExpanded(Instance instance) {
        return expanded.contains(instance);
    }

    /** Null shows everything and brings back the expansion the user had before filtering. */
    void setFilter(Predicate<Instance> newFilter) {
        boolean cleared = filter != null && newFilter == null;
        filter = newFilter;
        reconcile();
        if (cleared) {
            for (Map.Entry<Instance, TreeItem<Instance>> e : items.entrySet()) {
                if (e.getValue() != rootItem) {
                    e.getValue().setExpanded(expanded.contains(e.getKey()));
                }
            }
        }
    }

    /** How many refreshes reached the tree; the coalescing test counts them. */
    int refreshCount() {
        return refreshCount;
    }

    private void requestRefresh() {
        refresh.request();
    }

    private void refresh() {
        if (!attached) {
            return;
        }
        refreshCount++;
        refreshRunner.accept(this::reconcile);
    }

    private void reconcile() {
        for (Instance instance : renamed) {
            renamed.remove(instance);
            TreeItem<Instance> item = items.get(instance);
            if (item != null) {
                // the value is the same object; setting it again makes the cell draw the new name
                item.setValue(null);
                item.setValue(instance);
            }
        }
        Map<Instance, Boolean> matches = new IdentityHashMap<>();
        reconcileChildren(root, rootItem, matches);
        // forget what left the place (a run's destroyed actors); a later undo makes a fresh item
        items.keySet().removeIf(i -> i != root && !i.IsDescendantOf(root));
    }

    private void reconcileChildren(Instance parent, TreeItem<Instance> parentItem, Map<Instance, Boolean> matches) {
        List<TreeItem<Instance>> wanted = new ArrayList<>();
        for (Instance child : parent.GetChildren()) {
            if (filter == null || matchesWithin(child, matches)) {
                TreeItem<Instance> item = itemFor(child, false);
                wanted.add(item);
                reconcileChildren(child, item, matches);
                if (filter != null && !item.isLeaf()) {
                    item.setExpanded(true);
                }
            }
        }
        syncChildren(parentItem, wanted);
    }

    /** Changes the children into {@code wanted} with the fewest list edits, so the TreeView keeps its state. */
    private static void syncChildren(TreeItem<Instance> parentItem, List<TreeItem<Instance>> wanted) {
        ObservableList<TreeItem<Instance>> current = parentItem.getChildren();
        if (current.equals(wanted)) {
            return;
        }
        Set<TreeItem<Instance>> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        current.removeIf(item -> !keep.contains(item));
        for (int i = 0; i < wanted.size(); i++) {
            TreeItem<Instance> item = wanted.get(i);
            if (i < current.size() && current.get(i) == item) {
                continue;
            }
            TreeItem<Instance> oldParent = item.getParent();
            // an item moved from another parent must leave that list first: an item has one parent
            if (oldParent != null && oldParent != parentItem) {
                oldParent.getChildren().remove(item);
            }
            current.remove(item);
            current.add(i, item);
        }
    }

    private boolean matchesWithin(Instance instance, Map<Instance, Boolean> matches) {
        Boolean known = matches.get(instance);
        if (known != null) {
            return known;
        }
        boolean result = filter.test(instance);
        for (Instance child : instance.GetChildren()) {
            result |= matchesWithin(child, matches);
        }
        matches.put(instance, result);
        return result;
    }

    private TreeItem<Instance> itemFor(Instance instance, boolean isRoot) {
        TreeItem<Instance> item = items.get(instance);
        if (item == null) {
            item = new TreeItem<>(instance);
            items.put(instance, item);
            if (!isRoot && seen.add(instance) && expandedAtFirst.test(instance)) {
                expanded.add(instance);
            }
            item.setExpanded(isRoot || expanded.contains(instance));
            item.expandedProperty().addListener((obs, was, now) -> {
                if (filter == null) {
                    if (now) {
                        expanded.add(instance);
                    } else {
                        expanded.remove(instance);
                    }
                }
            });
        }
        return item;
    }
}
