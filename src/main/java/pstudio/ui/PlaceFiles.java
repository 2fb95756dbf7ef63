package pstudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Window;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceFileException;
import pstudio.place.PlaceTemplates;
import pstudio.ui.document.PlaceDocument;

/**
 * New, Open, Save and Save As, with the unsaved-changes prompt before anything replaces an edited
 * place. A place that fails to load is reported in a dialog and the open place stays as it was.
 */
final class PlaceFiles {
    static final String LAST_PLACE = "place.last";
    private static final String LAST_FOLDER = "place.folder";

    /** The window, as the file actions see it. */
    interface Host {
        PlaceDocument document();

        void show(PlaceDocument document);

        /** Puts text still in the editors into the place, so that it is saved and counted as a change. */
        void commitEdits();

        Window window();
    }

    private final Host host;
    private final StudioEnvironment environment;

    PlaceFiles(Host host, StudioEnvironment environment) {
        this.host = host;
        this.environment = environment;
    }

    void newPlace() {
        if (confirmReplace()) {
            host.show(new PlaceDocument(PlaceTemplates.newPlace(), null));
        }
    }

    void open() {
        if (!confirmReplace()) {
            return;
        }
        Path chosen = environment.fileDialogs().chooseOpen(host.window(), lastFolder());
        if (chosen != null) {
            load(chosen);
        }
    }

    /** Opens {@code file} after asking about unsaved changes (Open Recent, a dropped file). */
    void open(Path file) {
        if (confirmReplace()) {
            load(file);
        }
    }

    /** Loads and shows a place; on failure says why and changes nothing. */
    boolean load(Path file) {
        try {
            DataModel place = PlaceFile.load(file);
            host.show(new PlaceDocument(place, file));
            remember(file);
            return true;
        } catch (PlaceFileException e) {
            Messages.error(host.window(), "Could not open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** The first start: the sample, as a copy that Save writes elsewhere, so the sample stays as shipped. */
    PlaceDocument sampleCopy() {
        Path sample = environment.firstSample();
        try {
            String name = sample.getFileName().toString().replace(PlaceFile.EXTENSION, "");
            return new PlaceDocument(PlaceFile.load(sample), null, name);
        } catch (PlaceFileException e) {
            return new PlaceDocument(PlaceTemplates.newPlace(), null);
        }
    }

    /** The place the user had open last time, if it still loads. */
    PlaceDocument lastPlace() {
        String last = environment.settings().getString(LAST_PLACE, null);
        if (last == null || !Files.isRegularFile(Path.of(last))) {
            return null;
        }
        try {
            return new PlaceDocument(PlaceFile.load(Path.of(last)), Path.of(last));
        } catch (PlaceFileException e) {
            return null;
        }
    }

    boolean save() {
        host.commitEdits();
        PlaceDocument document = host.document();
        return document.file() == null ? saveAs() : write(document, document.file());
    }

    boolean saveAs() {
        host.commitEdits();
        PlaceDocument document = host.document();
        Path chosen = environment.fileDialogs().chooseSave(host.window(), lastFolder(), document.displayName());
        if (chosen == null) {
            return false;
        }
        if (write(document, chosen)) {
            document.fileProperty().set(chosen);
            return true;
        }
        return false;
    }

    private boolean write(PlaceDocument document, Path file) {
        try {
            PlaceFile.save(document.place(), file);
            document.commands().markSaved();
            remember(file);
            return true;
        } catch (PlaceFileException e) {
            Messages.error(host.window(), "Could not save " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** True when the current place may be replaced: it has no unsaved changes, or the user said so. */
    boolean confirmReplace() {
        host.commitEdits();
        PlaceDocument document = host.document();
        if (document == null || !document.isDirty()) {
            return true;
        }
        return switch (UnsavedChangesPrompt.ask(host.window(), document.displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        environment.settings().addRecentPlace(absolute);
        environment.settings().putString(LAST_PLACE, absolute.toString());
        environment.settings().putString(LAST_FOLDER, absolute.getParent().toString());
        environment.settings().save();
    }

    private Path lastFolder() {
        String folder = environment.settings().getString(LAST_FOLDER, null);
        return folder != null ? Path.of(folder) : Path.of(System.getProperty("user.home"));
    }
}
