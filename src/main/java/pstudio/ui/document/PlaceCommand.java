package pstudio.ui.document;

/**
 * One undoable change to the edited place. {@link #apply()} and {@link #revert()} are called on the
 * JavaFX thread by the {@link CommandStack}, each exactly once per undo/redo step.
 */
public interface PlaceCommand {
    /** Shown after "Undo "/"Redo " in the Edit menu: {@code Rename Job}, {@code Insert Folder}. */
    String description();

    void apply();

    void revert();
}
