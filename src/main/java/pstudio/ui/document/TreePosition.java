package pstudio.ui.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import pstudio.place.Instance;

/** Where an instance sat in the tree, so that undo can put the same object back in the same place. */
record TreePosition(Instance instance, Instance parent, int index) {

    static TreePosition of(Instance instance) {
        Instance parent = instance.getParent();
        return new TreePosition(instance, parent, parent == null ? -1 : parent.indexOfChild(instance));
    }

    static List<TreePosition> ofAll(List<Instance> instances) {
        return instances.stream().map(TreePosition::of).toList();
    }

    static void detachAll(List<Instance> instances) {
        for (Instance instance : instances) {
            instance.setParent(null);
        }
    }

    /**
     * Puts every instance back, assuming all of them are detached. Lowest index first: each insert
     * then finds the siblings that were before it already back in place.
     */
    static void restoreAll(List<TreePosition> positions) {
        List<TreePosition> ordered = new ArrayList<>(positions);
        ordered.sort(Comparator.comparingInt(TreePosition::index));
        for (TreePosition p : ordered) {
            if (p.parent() != null) {
                p.parent().insertChild(p.index(), p.instance());
            }
        }
    }
}
