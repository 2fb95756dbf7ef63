package pstudio.ui.document;

import java.util.List;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.InstanceException;

/**
 * The Explorer's and the Edit menu's operations on a document's tree, each one undoable step that
 * acts on the selection and leaves the affected instances selected. A refused operation throws an
 * {@link InstanceException} whose message is a sentence for the user, and changes nothing.
 */
public final class PlaceEditing {
    private final PlaceDocument document;
    private final PlaceClipboard clipboard;

    public PlaceEditing(PlaceDocument document) {
        this(document, new PlaceClipboard());
    }

    /** Shares {@code clipboard} with the editing of other documents, so a copy survives File &gt; Open. */
    public PlaceEditing(PlaceDocument document, PlaceClipboard clipboard) {
        this.document = document;
        this.clipboard = clipboard;
    }

    public PlaceDocument document() {
        return document;
    }

    public PlaceClipboard clipboard() {
        return clipboard;
    }

    /**
     * Inserts a new {@code className} under the primary selection; with nothing selected, under the
     * service where that class usually lives (scripts in ServerScriptService, modules in
     * ReplicatedStorage, the rest in Workspace). Selects and returns the new instance.
     */
    public Instance insert(String className) {
        Instance parent = selected().isEmpty() ? null : selected().get(0);
        if (parent == null || parent instanceof DataModel) {
            parent = defaultParent(className);
        }
        InsertCommand command = new InsertCommand(parent, className);
        document.execute(command);
        document.selection().select(command.created());
        return command.created();
    }

    private Instance defaultParent(String className) {
        InstanceClass type = InstanceClass.of(className);
        if (type.isA("Script")) {
            return document.place().GetService("ServerScriptService");
        }
        if (type.isA("ModuleScript")) {
            return document.place().GetService("ReplicatedStorage");
        }
        return document.place().GetService("Workspace");
    }

    /** Renames; an empty name is refused with a sentence and the old name stays. */
    public void rename(Instance instance, String newName) {
        SetPropertyCommand command = new SetPropertyCommand(instance, InstanceClass.NAME, newName);
        if (command.changesAnything()) {
            document.execute(command);
        }
        document.selection().select(instance);
    }

    public void duplicateSelection() {
        List<Instance> selected = selected();
        if (selected.isEmpty()) {
            return;
        }
        DuplicateCommand command = new DuplicateCommand(selected);
        document.execute(command);
        document.selection().set(command.copies());
    }

    public void deleteSelection() {
        List<Instance> selected = selected();
        if (selected.isEmpty()) {
            return;
        }
        document.execute(new DeleteCommand(selected));
        document.selection().clear();
    }

    /** Copy and delete as one undo step ("Cut Job"). */
    public void cutSelection() {
        List<Instance> selected = selected();
        if (selected.isEmpty()) {
            return;
        }
        DeleteCommand command = DeleteCommand.cut(selected);
        clipboard.put(command.removed());
        document.execute(command);
        document.selection().clear();
    }

    public void copySelection() {
        List<Instance> selected = TreeSelections.topmost(selected());
        if (selected.isEmpty()) {
            return;
        }
        TreeSelections.refuseServices(selected, "copied");
        clipboard.put(selected);
    }

    /**
     * Pastes beside the primary selection, as Roblox Studio's Ctrl+V does: into its parent, or into
     * it when it is a service; with nothing selected, into Workspace.
     */
    public void paste() {
        Instance primary = selected().isEmpty() ? null : selected().get(0);
        Instance target;
        if (primary == null || primary instanceof DataModel) {
            target = document.place().GetService("Workspace");
        } else if (primary.instanceClass().isService()) {
            target = primary;
        } else {
            target = primary.getParent();
        }
        pasteUnder(target);
    }

    /** Pastes into the primary selection. */
    public void pasteInto() {
        if (selected().isEmpty()) {
            throw new InstanceException("Select the instance to paste into first");
        }
        pasteUnder(selected().get(0));
    }

    private void pasteUnder(Instance target) {
        if (clipboard.isEmpty()) {
            throw new InstanceException("There is nothing to paste; copy or cut something first");
        }
        PasteCommand command = new PasteCommand(clipboard.contents(), target);
        document.execute(command);
        document.selection().set(command.pasted());
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    /** Moves {@code instances} under {@code newParent} at {@code index} (negative: at the end) and selects them. */
    public void move(List<Instance> instances, Instance newParent, int index) {
        MoveCommand command = new MoveCommand(instances, newParent, index);
        document.execute(command);
        document.selection().set(command.moved());
    }

    /** Why {@link #move} would refuse, or null if it would not: drag and drop asks before accepting a drop. */
    public String moveRefusal(List<Instance> instances, Instance newParent) {
        return MoveCommand.refusal(TreeSelections.topmost(instances), newParent);
    }

    /** The words the undo step of that move will have ({@code Move 2 items into Master}), for a drop hint. */
    public String moveDescription(List<Instance> instances, Instance newParent) {
        return "Move " + TreeSelections.describe(TreeSelections.topmost(instances)) + " into " + newParent.getName();
    }

    /** Undoes the newest step and drops from the selection what the undo took out of the place. */
    public void undo() {
        document.commands().undo();
        dropDetachedFromSelection();
    }

    public void redo() {
        document.commands().redo();
        dropDetachedFromSelection();
    }

    private void dropDetachedFromSelection() {
        document.selection().set(selected());
    }

    /** The selected instances that are still in the place (an undo may have taken some out). */
    private List<Instance> selected() {
        DataModel place = document.place();
        return document.selection().items().stream().filter(i -> i == place || i.IsDescendantOf(place)).toList();
    }
}
