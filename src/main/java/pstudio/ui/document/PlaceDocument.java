package pstudio.ui.document;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;

/**
 * The place being edited: its tree, the file it came from (null until first saved), its undo
 * history and the selection. One document is open at a time; New and Open replace it.
 */
public final class PlaceDocument {
    private final DataModel place;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final CommandStack commands = new CommandStack();
    private final Selection selection = new Selection();

    /** A document for {@code place}; {@code file} is where Save writes, or null to ask (Save As). */
    public PlaceDocument(DataModel place, Path file) {
        this.place = place;
        this.file.set(file);
        if (file == null) {
            commands.markUnsaved();
        } else {
            commands.markSaved();
        }
    }

    public DataModel place() {
        return place;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public CommandStack commands() {
        return commands;
    }

    public Selection selection() {
        return selection;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return commands.dirtyProperty();
    }

    public boolean isDirty() {
        return commands.dirtyProperty().get();
    }

    /** Applies a change as one undoable step. */
    public void execute(PlaceCommand command) {
        commands.execute(command);
    }

    /** {@code nth-root} for {@code nth-root.place}; {@code Untitled} before the first save. */
    public String displayName() {
        Path f = file.get();
        if (f == null) {
            return "Untitled";
        }
        String name = f.getFileName().toString();
        return name.endsWith(PlaceFile.EXTENSION) ? name.substring(0, name.length() - PlaceFile.EXTENSION.length()) : name;
    }
}
