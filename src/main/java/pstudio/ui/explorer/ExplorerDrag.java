package pstudio.ui.explorer;

import java.util.List;
import pstudio.place.Instance;
import pstudio.ui.document.PlaceEditing;

/**
 * Drag and drop to reparent, apart from the gesture: what is being dragged, whether a drop on an
 * item would be accepted (and why not), and the move itself.
 */
final class ExplorerDrag {
    private List<Instance> dragged = List.of();

    void start(List<Instance> instances) {
        dragged = List.copyOf(instances);
    }

    boolean isActive() {
        return !dragged.isEmpty();
    }

    /** Why dropping on {@code target} would be refused, or null if it would move the dragged instances into it. */
    String refusal(PlaceEditing editing, Instance target) {
        if (dragged.isEmpty()) {
            return "Nothing is being dragged";
        }
        return editing.moveRefusal(dragged, target);
    }

    /** What a drop on {@code target} would do, in the words of its undo step. */
    String description(PlaceEditing editing, Instance target) {
        return editing.moveDescription(dragged, target);
    }

    /** Moves the dragged instances to the end of {@code target}'s children. */
    void drop(PlaceEditing editing, Instance target) {
        editing.move(dragged, target, -1);
        end();
    }

    void end() {
        dragged = List.of();
    }
}
