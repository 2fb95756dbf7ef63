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
    private final String untitledName;

    /** A document for {@code place}; {@code file} is where Save writes, or null to ask (Save As). */
    public PlaceDocument(DataModel place, Path file) {
        this(place, file, "Untitled");
    }

    /**
     * @param untitledName the name shown (and offered by Save As) while there is no file, e.g. the
     *                     name of the sample this place is a copy of
     */
    public PlaceDocument(DataModel place, Path file, String untitledName) {
        this.place = place;
        this.untitledName = untitledName;
        this.file.set(file);
        // a new place or a sample copy nobody has touched yet has nothing worth asking about
        commands.markSaved();
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

    /** {@code nth-root} for {@code nth-root.place}; the untitled name before the first save. */
    public String displayName() {
        Path f = file.get();
        if (f == null) {
            return untitledName;
        }
        String name = f.getFileName().toString();
        return name.endsWith(PlaceFile.EXTENSION) ? name.substring(0, name.length() - PlaceFile.EXTENSION.length()) : name;
    }
}
