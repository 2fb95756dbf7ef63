package pstudio.place;

/**
 * Observes an instance and all of its descendants. Called on the thread that made the change,
 * after the change; implementations must be quick and must not assume any particular thread.
 */
public interface TreeListener {
    default void childAdded(Instance parent, Instance child) {
    }

    default void childRemoved(Instance parent, Instance child) {
    }

    default void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
    }

    /** {@code instance} was destroyed (after its {@link #childRemoved}); its subtree is destroyed with it. */
    default void destroyed(Instance formerParent, Instance instance) {
    }
}
