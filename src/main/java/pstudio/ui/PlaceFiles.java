package pstudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Window;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceFileException;
import pstudio.place.PlaceTemplates;
import pstudio.ui.document.PlaceDocument;

/**
 * New, Open, Save and Save As, with the unsaved-changes prompt before anything replaces an edited
 * place. Places are read in the background; a place that fails to load is reported in a dialog
 * and the open place stays as it was.
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
    private final BackgroundPlaceReader reader = new BackgroundPlaceReader();

    PlaceFiles(Host host, StudioEnvironment environment) {
        this.host = host;
        this.environment = environment;
    }

    void newPlace() {
        if (confirmReplace()) {
            reader.cancel();
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

    /**
     * Reads a place in the background and shows it once it has loaded; meanwhile the open place stays,
     * editable. On failure a dialog says why and nothing changes.
     */
    void load(Path file) {
        read(file, place -> new PlaceDocument(place, file), e -> showFailure(file, e));
    }

    /**
     * Opens a run backup or recovery copy as a new place with unsaved changes, named {@code placeName}:
     * Save then asks where, so the copy is never saved over, and closing asks before dropping it.
     */
    void openCopy(Path copy, String placeName) {
        if (confirmReplace()) {
            read(copy, place -> {
                PlaceDocument recovered = new PlaceDocument(place, null, placeName);
                recovered.commands().markUnsaved();
                return recovered;
            }, e -> showFailure(copy, e));
        }
    }

    /**
     * What the window opens at start, each read in the background: {@code place} if given, else the
     * place open last time, else a copy of the sample, else a new place. A given place that fails
     * to load is explained; the others fall back quietly.
     */
    void openAtStart(Path place) {
        if (place == null) {
            openLastOrSample();
        } else {
            read(place, loaded -> new PlaceDocument(loaded, place), e -> {
                showFailure(place, e);
                openLastOrSample();
            });
        }
    }

    private void openLastOrSample() {
        Path last = lastPlaceFile();
        if (last == null) {
            openSampleCopy();
        } else {
            read(last, loaded -> new PlaceDocument(loaded, last), e -> openSampleCopy());
        }
    }

    /** The first start: the sample, as a copy that Save writes elsewhere, so the sample stays as shipped. */
    private void openSampleCopy() {
        Path sample = environment.firstSample();
        String name = sample.getFileName().toString().replace(PlaceFile.EXTENSION, "");
        Agreement agreed = new Agreement();
        reader.read(sample, loaded -> agreed.replaceWith(new PlaceDocument(loaded, null, name)),
                e -> agreed.replaceWith(new PlaceDocument(PlaceTemplates.newPlace(), null)));
    }

    private void read(Path file, Function<DataModel, PlaceDocument> toDocument, Consumer<PlaceFileException> failed) {
        Agreement agreed = new Agreement();
        reader.read(file, place -> agreed.replaceWith(toDocument.apply(place)), failed);
    }

    /**
     * The user agreed to replace the place as it was when a read began. If it changes while the file
     * loads (the window stays editable), they are asked again before it is replaced, so no edit is lost.
     */
    private final class Agreement {
        private final PlaceDocument document = host.document();
        private final int changes = document == null ? 0 : document.commands().changeCount();

        void replaceWith(PlaceDocument loaded) {
            host.commitEdits();
            PlaceDocument now = host.document();
            boolean unchanged = now == document && (now == null || now.commands().changeCount() == changes);
            if (unchanged || confirmReplace()) {
                host.show(loaded);
                if (loaded.file() != null) {
                    remember(loaded.file());
                }
            }
        }
    }

    private void showFailure(Path file, PlaceFileException e) {
        Messages.error(host.window(), "Could not open " + file.getFileName(), e.getMessage());
    }

    /** The place the user had open last time, if it is still there. */
    Path lastPlaceFile() {
        String last = environment.settings().getString(LAST_PLACE, null);
        return last != null && Files.isRegularFile(Path.of(last)) ? Path.of(last) : null;
    }

    /** The file being opened in the background, or null. */
    ReadOnlyObjectProperty<Path> openingProperty() {
        return reader.readingProperty();
    }

    boolean isOpening() {
        return reader.isReading();
    }

    /** Drops a place still being read, so that it does not appear after all (the window is closing). */
    void cancelOpening() {
        reader.cancel();
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
            new PlaceTrust(environment.settings()).saved(file);
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
