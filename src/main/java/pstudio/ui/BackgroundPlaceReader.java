package pstudio.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceFileException;

/**
 * Reads place files off the JavaFX thread, so that opening a place of 100,000 instances never holds
 * up the window. Only the newest request counts: a later read, or {@link #cancel}, makes the result
 * of an earlier one be dropped. Results come back on the JavaFX thread.
 */
final class BackgroundPlaceReader {
    private final ReadOnlyObjectWrapper<Path> reading = new ReadOnlyObjectWrapper<>();
    private long newest;

    /** Reads {@code file}, then calls {@code loaded} or {@code failed} on the JavaFX thread, unless superseded. */
    void read(Path file, Consumer<DataModel> loaded, Consumer<PlaceFileException> failed) {
        long request = ++newest;
        reading.set(file);
        // a thread per read: one stuck on a slow disk must not hold up the next
        Thread reader = new Thread(() -> {
            Outcome outcome = load(file);
            Platform.runLater(() -> {
                if (request != newest) {
                    return;
                }
                reading.set(null);
                if (outcome.place() != null) {
                    loaded.accept(outcome.place());
                } else {
                    failed.accept(outcome.problem());
                }
            });
        }, "studio-place-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private static Outcome load(Path file) {
        try {
            return new Outcome(PlaceFile.load(file), null);
        } catch (PlaceFileException e) {
            return new Outcome(null, e);
        } catch (OutOfMemoryError e) {
            return new Outcome(null, new PlaceFileException(file.toString(), 0, "there is not enough memory to open it"));
        } catch (RuntimeException e) {
            return new Outcome(null, new PlaceFileException(file.toString(), 0, "cannot read the file: " + e.getMessage(), e));
        }
    }

    /** Drops the result of the read in progress, if any (New, closing the window). */
    void cancel() {
        newest++;
        reading.set(null);
    }

    /** The file being read, or null. */
    ReadOnlyObjectProperty<Path> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    boolean isReading() {
        return reading.get() != null;
    }

    private record Outcome(DataModel place, PlaceFileException problem) {
    }
}
