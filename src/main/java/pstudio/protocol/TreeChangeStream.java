package pstudio.protocol;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pstudio.place.DataModel;
import pstudio.place.EditableImage;
import pstudio.place.ImageChange;
import pstudio.place.Instance;
import pstudio.place.TreeListener;

/**
 * The engine's side of the run's tree across the boundary: gives every instance an id (the place
 * depth first from 1, each new subtree depth first after that) and turns every change into an
 * {@link EngineMessage}. The client's {@link RunTreeReplica} numbers the same way, so only
 * changes cross, never the tree again.
 */
final class TreeChangeStream implements TreeListener {
    private final Map<Instance, Long> ids = new IdentityHashMap<>();
    private final Map<EditableImage, Long> images = new IdentityHashMap<>();
    private final Consumer<EngineMessage> sink;
    private long nextId = 1;

    TreeChangeStream(DataModel place, Consumer<EngineMessage> sink) {
        this.sink = sink;
        place.copyTree(this::number);
        place.addTreeListener(this);
    }

    private void number(Instance instance) {
        long id = nextId++;
        ids.put(instance, id);
        if (instance instanceof EditableImage image) {
            images.put(image, id);
        }
    }

    /**
     * What each EditableImage in the tree drew since the last call. Under the lock, so an image's
     * pixels never reach the client before the message that adds the image.
     */
    synchronized List<EngineMessage.ImageChanged> takeImageChanges() {
        if (images.isEmpty()) {
            return List.of();
        }
        List<EngineMessage.ImageChanged> out = new ArrayList<>();
        images.forEach((image, id) -> {
            ImageChange change = image.takeChanges();
            if (change != null) {
                out.add(new EngineMessage.ImageChanged(id, change));
            }
        });
        return out;
    }

    // sent under the lock, so a subtree's numbers and any later change to it reach the client in order
    @Override
    public synchronized void childAdded(Instance parent, Instance child) {
        Long parentId = ids.get(parent);
        if (parentId == null) {
            return;
        }
        int index = parent.indexOfChild(child);
        Long id = ids.get(child);
        if (id != null) {
            sink.accept(new EngineMessage.InstanceMoved(id, parentId, index));
            return;
        }
        long firstId = nextId;
        Instance copy = child.copyTree(this::number);
        sink.accept(new EngineMessage.InstanceAdded(parentId, index, firstId, copy));
    }

    @Override
    public synchronized void childRemoved(Instance parent, Instance child) {
        Long id = ids.get(child);
        if (id != null) {
            sink.accept(new EngineMessage.InstanceDetached(id));
        }
    }

    @Override
    public synchronized void destroyed(Instance formerParent, Instance instance) {
        Long id = ids.get(instance);
        if (id != null) {
            sink.accept(new EngineMessage.InstanceDestroyed(id));
            forget(instance);
        }
    }

    private void forget(Instance instance) {
        ids.remove(instance);
        images.remove(instance);
        for (Instance child : instance.childrenNow()) {
            forget(child);
        }
    }

    @Override
    public synchronized void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
        Long id = ids.get(instance);
        if (id != null) {
            sink.accept(new EngineMessage.PropertyChanged(id, property, newValue));
        }
    }
}
