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
import java.util.concurrent.atomic.AtomicBoolean;
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
 *
 * <p>Items are made lazily: a collapsed item's children get items only when it is first expanded
 * (or a filter shows them), and a refresh only walks what is expanded. A folder of 100,000
 * children therefore costs nothing until it is opened, and then one bulk list change.
 */
final class TreeMirror {
    /** Past this many single moves, one list replacement is cheaper for the TreeView than the edits. */
    private static final int FEW_EDITS = 64;

    private final Instance root;
    private final InstanceItem rootItem;
    private final Map<Instance, InstanceItem> items = new HashMap<>();
    /** What the user expanded, remembered apart from the items so a filter can be undone. */
    private final Set<Instance> expanded = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<Instance> seen = Collections.newSetFromMap(new WeakHashMap<>());
    private final Predicate<Instance> expandedAtFirst;
    private final Consumer<Runnable> refreshRunner;
    private final CoalescedFxUpdate refresh = new CoalescedFxUpdate(this::refresh);
    private final Set<Instance> renamed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean removals = new AtomicBoolean();
    private final TreeListener listener = new TreeListener() {
        @Override
        public void childAdded(Instance parent, Instance child) {
            requestRefresh();
        }

        @Override
        public void childRemoved(Instance parent, Instance child) {
            removals.set(true);
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
    /** Set while a reconcile runs, so that the items it expands do not each start another. */
    private boolean reconciling;
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

    /** The item showing {@code instance}, or null if it has none yet, is not in the tree or is hidden by the filter. */
    TreeItem<Instance> itemOf(Instance instance) {
        TreeItem<Instance> item = items.get(instance);
        return item != null && isShown(item) ? item : null;
    }

    /**
     * The item showing {@code instance}, expanding its ancestors (which makes their children's items)
     * on the way; null if it is not in the tree, is hidden by the filter or has not been mirrored yet.
     */
    TreeItem<Instance> reveal(Instance instance) {
        if (filter != null || instance == root) {
            return itemOf(instance); // a filter makes every item it shows
        }
        if (instance == null || !instance.IsDescendantOf(root)) {
            return null;
        }
        List<Instance> path = new ArrayList<>();
        for (Instance i = instance; i != root; i = i.getParent()) {
            path.add(0, i);
        }
        TreeItem<Instance> item = rootItem;
        for (Instance step : path) {
            item.setExpanded(true);
            TreeItem<Instance> next = items.get(step);
            if (next == null || next.getParent() != item) {
                return null;
            }
            item = next;
        }
        return item;
    }

    private boolean isShown(TreeItem<Instance> item) {
        for (TreeItem<Instance> i = item; i != null; i = i.getParent()) {
            if (i == rootItem) {
                return true;
            }
        }
        return false;
    }

    /** The instances the user has expanded (the ones still in the tree and the ones gone). */
    Set<Instance> expandedInstances() {
        return Set.copyOf(expanded);
    }

    /** Null shows everything and brings back the expansion the user had before filtering. */
    void setFilter(Predicate<Instance> newFilter) {
        boolean cleared = filter != null && newFilter == null;
        filter = newFilter;
        if (cleared) {
            // before the reconcile, so that it does not walk into what only the filter had opened
            reconciling = true;
            try {
                for (Map.Entry<Instance, InstanceItem> e : items.entrySet()) {
                    if (e.getValue() != rootItem) {
                        e.getValue().setExpanded(expanded.contains(e.getKey()));
                    }
                }
            } finally {
                reconciling = false;
            }
        }
        reconcile();
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
            InstanceItem item = items.get(instance);
            if (item != null) {
                item.redraw();
            }
        }
        reconcileFrom(root, rootItem);
        // forget what left the place (a run's destroyed actors); a later undo makes a fresh item
        if (removals.getAndSet(false)) {
            items.keySet().removeIf(i -> i != root && !i.IsDescendantOf(root));
        }
    }

    private void reconcileFrom(Instance instance, InstanceItem item) {
        boolean outer = !reconciling;
        reconciling = true;
        try {
            reconcileChildren(instance, item, filter == null ? Set.of() : shownByFilter(instance));
        } finally {
            reconciling = !outer;
        }
    }

    /** With a filter, {@code shown} holds the instances below the start that match or have a match below them. */
    private void reconcileChildren(Instance parent, InstanceItem parentItem, Set<Instance> shown) {
        if (parent.childCount() == 0 && !parentItem.hadChildItems) {
            parentItem.showsChildren = false; // the usual leaf: nothing to build or compare
            return;
        }
        List<TreeItem<Instance>> wanted = new ArrayList<>();
        for (Instance child : parent.childrenNow()) {
            if (filter == null || shown.contains(child)) {
                InstanceItem item = itemFor(child, false);
                wanted.add(item);
                if (filter != null || item.isExpanded()) {
                    reconcileChildren(child, item, shown);
                } else {
                    item.redrawIfLeafChanged();
                }
                if (filter != null && !item.isLeaf()) {
                    item.setExpanded(true);
                }
            }
        }
        parentItem.showsChildren = !wanted.isEmpty();
        parentItem.hadChildItems = true;
        syncChildren(parentItem, wanted);
    }

    /**
     * Changes the children into {@code wanted} with the fewest list edits, so the TreeView keeps its
     * state; many edits (a folder opened, a filter cleared) are one replacement instead.
     */
    private static void syncChildren(TreeItem<Instance> parentItem, List<TreeItem<Instance>> wanted) {
        ObservableList<TreeItem<Instance>> current = parentItem.getChildren();
        if (current.equals(wanted)) {
            return;
        }
        for (TreeItem<Instance> item : wanted) {
            TreeItem<Instance> oldParent = item.getParent();
            // an item moved from another parent must leave that list first: an item has one parent
            if (oldParent != null && oldParent != parentItem) {
                oldParent.getChildren().remove(item);
            }
        }
        Set<TreeItem<Instance>> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        int removals = 0;
        for (TreeItem<Instance> item : current) {
            removals += keep.contains(item) ? 0 : 1;
        }
        if (removals > FEW_EDITS || wanted.size() - (current.size() - removals) > FEW_EDITS) {
            current.setAll(wanted);
            return;
        }
        if (removals > 0) {
            current.retainAll(keep);
        }
        int edits = 0;
        for (int i = 0; i < wanted.size(); i++) {
            TreeItem<Instance> item = wanted.get(i);
            if (i < current.size() && current.get(i) == item) {
                continue;
            }
            if (++edits > FEW_EDITS) {
                current.setAll(wanted);
                return;
            }
            current.remove(item);
            current.add(i, item);
        }
    }

    /** The descendants of {@code start} that the filter shows: the matches and their ancestors. */
    private Set<Instance> shownByFilter(Instance start) {
        Set<Instance> shown = Collections.newSetFromMap(new IdentityHashMap<>(items.size()));
        for (Instance child : start.childrenNow()) {
            collectShown(child, shown);
        }
        return shown;
    }

    private boolean collectShown(Instance instance, Set<Instance> shown) {
        boolean result = filter.test(instance);
        for (Instance child : instance.childrenNow()) {
            result |= collectShown(child, shown);
        }
        if (result) {
            shown.add(instance);
        }
        return result;
    }

    private InstanceItem itemFor(Instance instance, boolean isRoot) {
        InstanceItem item = items.get(instance);
        if (item == null) {
            item = new InstanceItem(instance);
            items.put(instance, item);
            if (!isRoot && expandedAtFirst.test(instance) && seen.add(instance)) {
                expanded.add(instance);
            }
            item.setExpanded(isRoot || expanded.contains(instance));
            InstanceItem added = item;
            item.expandedProperty().addListener((obs, was, now) -> {
                if (filter == null) {
                    if (now) {
                        expanded.add(instance);
                    } else {
                        expanded.remove(instance);
                    }
                }
                if (now && attached && !reconciling) {
                    reconcileFrom(instance, added); // its children get their items now
                }
            });
        }
        return item;
    }

    /**
     * An item that knows whether it has children before their items exist, so that a collapsed
     * folder shows its expand arrow without 100,000 items behind it.
     */
    private final class InstanceItem extends TreeItem<Instance> {
        /** Whether the cell last drew this item as a leaf; a collapsed item is told when that changes. */
        private boolean drawnAsLeaf;
        /** Whether the last reconcile gave it children: with a filter, what decides its arrow. */
        private boolean showsChildren;
        /** Whether its list of child items was ever filled, and so may need emptying. */
        private boolean hadChildItems;

        InstanceItem(Instance instance) {
            super(instance);
            drawnAsLeaf = instance.childCount() == 0;
        }

        @Override
        public boolean isLeaf() {
            // the TreeView asks for every row above the one it draws, so this must be cheap
            return filter != null ? !showsChildren : getValue().childCount() == 0;
        }

        void redrawIfLeafChanged() {
            if (drawnAsLeaf != isLeaf()) {
                redraw();
            }
        }

        /** The value is the same object; setting it again makes the cell draw its name and arrow anew. */
        void redraw() {
            drawnAsLeaf = isLeaf();
            Instance instance = getValue();
            setValue(null);
            setValue(instance);
        }
    }
}
