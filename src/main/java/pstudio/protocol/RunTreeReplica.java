package pstudio.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pstudio.place.DataModel;
import pstudio.place.EditableImage;
import pstudio.place.Instance;
import pstudio.place.InstanceException;

/**
 * The client's copy of a run's tree, kept up to date from the engine's tree messages: what the
 * Explorer shows during a run, without reading the engine's live objects. Not thread-safe: one
 * thread (the studio's JavaFX thread) applies the messages and reads the tree.
 */
public final class RunTreeReplica {
    private final DataModel place;
    private final Map<Long, Instance> byId = new HashMap<>();
    private final Map<Instance, Long> idOf = new IdentityHashMap<>();
    private final List<EditableImage> images = new ArrayList<>();
    private long nextId = 1;

    /** {@code place} must be an exact copy of the place the engine was given. */
    public RunTreeReplica(DataModel place) {
        this.place = place;
        number(place);
    }

    public DataModel place() {
        return place;
    }

    /** The run's EditableImages, in the order they appeared, their pixels kept up to date from the stream. */
    public List<EditableImage> images() {
        return List.copyOf(images);
    }

    private void number(Instance root) {
        idOf.put(root, nextId);
        byId.put(nextId++, root);
        if (root instanceof EditableImage image) {
            images.add(image);
        }
        for (Instance child : root.childrenNow()) {
            number(child);
        }
    }

    /** Applies one message; returns false for messages that are not about the tree. */
    public boolean apply(EngineMessage message) {
        try {
            if (message instanceof EngineMessage.InstanceAdded m) {
                nextId = m.firstId();
                number(m.subtree());
                insert(m.subtree(), m.parentId(), m.index());
            } else if (message instanceof EngineMessage.InstanceMoved m) {
                Instance moved = byId.get(m.id());
                if (moved != null) {
                    insert(moved, m.parentId(), m.index());
                }
            } else if (message instanceof EngineMessage.InstanceDetached m) {
                Instance detached = byId.get(m.id());
                if (detached != null) {
                    detached.setParent(null);
                }
            } else if (message instanceof EngineMessage.InstanceDestroyed m) {
                Instance gone = byId.get(m.id());
                if (gone != null) {
                    gone.Destroy();
                    forget(gone);
                }
            } else if (message instanceof EngineMessage.ImageChanged m) {
                if (byId.get(m.id()) instanceof EditableImage image) {
                    image.applyChange(m.change());
                }
            } else if (message instanceof EngineMessage.PropertyChanged m) {
                Instance changed = byId.get(m.id());
                if (changed != null) {
                    changed.setProperty(m.property(), m.value());
                }
            } else {
                return false;
            }
        } catch (InstanceException refused) {
            // the engine allowed the change, so the copy only lags; the next change of that part corrects it
        }
        return true;
    }

    private void insert(Instance child, long parentId, int index) {
        Instance parent = byId.get(parentId);
        if (parent != null) {
            parent.insertChild(index, child);
        }
    }

    private void forget(Instance instance) {
        images.remove(instance);
        Long id = idOf.remove(instance);
        if (id != null) {
            byId.remove(id);
        }
        for (Instance child : instance.childrenNow()) {
            forget(child);
        }
    }
}
