package pstudio.ui.document;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for a place, and whether it differs from what was last saved. The saved point is a
 * position in the history, so undoing back to it makes the place clean again, as in any editor.
 */
public final class CommandStack {
    private final List<PlaceCommand> history = new ArrayList<>();
    private int position;
    private int savedPosition;
    private int changeCount;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    /** Applies the command and makes it the newest undo step; anything that could be redone is dropped. */
    public void execute(PlaceCommand command) {
        command.apply();
        history.subList(position, history.size()).clear();
        if (savedPosition > position) {
            savedPosition = -1;
        }
        history.add(command);
        position++;
        changeCount++;
        update();
    }

    public void undo() {
        if (position > 0) {
            history.get(--position).revert();
            changeCount++;
            update();
        }
    }

    public void redo() {
        if (position < history.size()) {
            history.get(position++).apply();
            changeCount++;
            update();
        }
    }

    /** How many changes (edits, undos, redos) the place has had; a different count means it changed. */
    public int changeCount() {
        return changeCount;
    }

    /** The place as it is now is what is on disk. */
    public void markSaved() {
        savedPosition = position;
        update();
    }

    /** The place as it is now is on no disk the user chose (a recovered copy): closing it asks to save. */
    public void markUnsaved() {
        savedPosition = -1;
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** {@code Undo Rename Job}, or {@code Undo} when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The change count as a property: views of values the tree does not announce (attributes) refresh on it. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    private void update() {
        changes.set(changeCount);
        canUndo.set(position > 0);
        canRedo.set(position < history.size());
        dirty.set(position != savedPosition);
        undoText.set(position > 0 ? "Undo " + history.get(position - 1).description() : "Undo");
        redoText.set(position < history.size() ? "Redo " + history.get(position).description() : "Redo");
    }
}
