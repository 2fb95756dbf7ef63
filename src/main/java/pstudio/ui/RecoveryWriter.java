package pstudio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import pstudio.place.DataModel;
import pstudio.place.PlaceFileException;
import pstudio.place.RecoveryCopies;
import pstudio.ui.document.PlaceDocument;

/**
 * Writes a recovery copy of the open place every interval while it has unsaved changes that the
 * last copy lacks. {@link #poll} runs often on the JavaFX thread and only copies the tree (cheap);
 * turning it into XML and writing it happen on {@code writer}. A failure is told once, until a copy
 * is written again.
 */
final class RecoveryWriter {
    private final RecoveryCopies copies;
    private final Clock clock;
    private final Duration interval;
    private final Executor writer;
    private final Consumer<String> warnings;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private Instant due;
    private PlaceDocument copiedDocument;
    private int copiedChanges;

    /**
     * @param writer where copies are written (a background thread in the studio)
     * @param warnings told, on the writer's thread, why a copy could not be written
     */
    RecoveryWriter(RecoveryCopies copies, Clock clock, Duration interval, Executor writer, Consumer<String> warnings) {
        this.copies = copies;
        this.clock = clock;
        this.interval = interval;
        this.writer = writer;
        this.warnings = warnings;
        this.due = clock.instant().plus(interval);
    }

    /** On the JavaFX thread: writes a copy of {@code document} if the interval has passed and it has new unsaved changes. */
    void poll(PlaceDocument document) {
        Instant now = clock.instant();
        if (interval.isZero() || now.isBefore(due)) {
            return;
        }
        due = now.plus(interval);
        if (document == null || !document.isDirty() || writing.get()) {
            return;
        }
        int changes = document.commands().changeCount();
        // after a failure the same changes are tried again
        if (document == copiedDocument && changes == copiedChanges && !failing.get()) {
            return;
        }
        copiedDocument = document;
        copiedChanges = changes;
        DataModel snapshot = document.place().copyPlace();
        Path file = document.file();
        String name = document.displayName();
        writing.set(true);
        writer.execute(() -> write(snapshot, file, name));
    }

    private void write(DataModel snapshot, Path file, String name) {
        try {
            copies.write(snapshot, file, name);
            failing.set(false);
        } catch (PlaceFileException | RuntimeException e) {
            if (!failing.getAndSet(true)) {
                warnings.accept("No recovery copy of " + name + " could be written (" + reason(e)
                        + "). The place itself is untouched: save it to keep your changes.");
            }
        } finally {
            writing.set(false);
        }
    }

    /** A place file problem is a sentence already; anything else could name a Java class. */
    private static String reason(Exception e) {
        return e instanceof PlaceFileException ? e.getMessage() : "the disk refused it";
    }
}
