package pstudio.ui.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceException;

/** Rules shared by the commands that act on several selected instances at once. */
final class TreeSelections {
    private TreeSelections() {
    }

    /**
     * The instances without any whose ancestor is also listed (deleting or copying a folder already
     * takes its contents), without duplicates, in tree order.
     */
    static List<Instance> topmost(List<Instance> instances) {
        List<Instance> distinct = new ArrayList<>(new LinkedHashSet<>(instances));
        List<Instance> out = new ArrayList<>();
        for (Instance candidate : distinct) {
            boolean covered = distinct.stream().anyMatch(other -> other != candidate && candidate.IsDescendantOf(other));
            if (!covered) {
                out.add(candidate);
            }
        }
        Map<Instance, Integer> order = treeOrder(out);
        out.sort((a, b) -> Integer.compare(order.getOrDefault(a, -1), order.getOrDefault(b, -1)));
        return out;
    }

    private static Map<Instance, Integer> treeOrder(List<Instance> instances) {
        Map<Instance, Integer> order = new HashMap<>();
        if (instances.isEmpty()) {
            return order;
        }
        Instance root = instances.get(0);
        while (root.getParent() != null) {
            root = root.getParent();
        }
        List<Instance> all = root.GetDescendants();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        return order;
    }

    /** Services and the place itself are fixed parts of every place. */
    static void refuseServices(List<Instance> instances, String verb) {
        for (Instance instance : instances) {
            if (instance instanceof DataModel) {
                throw new InstanceException("The place itself cannot be " + verb);
            }
            if (instance.instanceClass().isService()) {
                throw new InstanceException(instance.getName() + " is a service and cannot be " + verb);
            }
        }
    }

    /** Only services live directly under the place. */
    static void refuseTopLevel(Instance parent) {
        if (parent instanceof DataModel) {
            throw new InstanceException("Only services can be at the top of the place; choose a service or folder");
        }
    }

    /** {@code Job} for one instance, {@code 3 items} for several: the Edit menu's wording. */
    static String describe(List<Instance> instances) {
        return instances.size() == 1 ? instances.get(0).getName() : instances.size() + " items";
    }
}
