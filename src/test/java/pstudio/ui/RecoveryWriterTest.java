package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.PlaceFile;
import pstudio.place.RecoveryCopies;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.document.SetPropertyCommand;

/** The periodic recovery writer, driven by a clock the test moves and an executor that writes at once. */
class RecoveryWriterTest {
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @TempDir
    Path home;

    private Instant now = Instant.parse("2025-01-02T03:04:05Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };
    private final List<String> warnings = new ArrayList<>();

    private RecoveryCopies copies() {
        return new RecoveryCopies(home.resolve("recovery"), 10, clock);
    }

    private RecoveryWriter writer(RecoveryCopies copies) {
        return new RecoveryWriter(copies, clock, TWO_MINUTES, Runnable::run, warnings::add);
    }

    private void later(Duration by) {
        now = now.plus(by);
    }

    private static void rename(PlaceDocument document, String name) {
        Instance folder = document.place().getWorkspace().GetChildren().get(0);
        document.execute(new SetPropertyCommand(folder, "Name", name));
    }

    private PlaceDocument savedPlace(Path file) throws Exception {
        DataModel place = DataModel.empty();
        Instance folder = InstanceClass.of("Folder").create();
        folder.setName("Saved");
        folder.setParent(place.getWorkspace());
        PlaceFile.save(place, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        return new PlaceDocument(PlaceFile.load(file), file);
    }

    @Test
    void copiesAreWrittenEveryTwoMinutesOnlyWhileThereAreNewUnsavedChangesAndNeverOverTheUsersFile() throws Exception {
        Path userFile = home.resolve("mine.place");
        PlaceDocument document = savedPlace(userFile);
        byte[] saved = Files.readAllBytes(userFile);
        FileTime savedAt = Files.getLastModifiedTime(userFile);
        RecoveryCopies copies = copies();
        RecoveryWriter writer = writer(copies);

        later(TWO_MINUTES);
        writer.poll(document);
        assertEquals(0, copies.all().size(), "a place without unsaved changes gets no copy");

        rename(document, "Edited");
        later(Duration.ofMinutes(1));
        writer.poll(document);
        assertEquals(0, copies.all().size(), "not before two minutes have passed");
        later(Duration.ofMinutes(1));
        writer.poll(document);
        assertEquals(1, copies.list(userFile, "mine").size());
        assertTrue(PlaceFile.load(copies.all().get(0).file()).getWorkspace().FindFirstChild("Edited") != null);

        later(TWO_MINUTES);
        writer.poll(document);
        assertEquals(1, copies.all().size(), "nothing changed since the last copy");

        rename(document, "Edited again");
        later(TWO_MINUTES);
        writer.poll(document);
        assertEquals(2, copies.all().size());

        rename(document, "Saved by the user");
        document.commands().markSaved();
        later(TWO_MINUTES);
        writer.poll(document);
        assertEquals(2, copies.all().size(), "a saved place needs no copy");

        assertArrayEquals(saved, Files.readAllBytes(userFile), "the user's file is never written");
        assertEquals(savedAt, Files.getLastModifiedTime(userFile));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCopyThatCannotBeWrittenIsOneWarningInASentenceAndIsTriedAgain() throws Exception {
        Path inTheWay = Files.writeString(home.resolve("recovery"), "a file, not a folder");
        PlaceDocument document = savedPlace(home.resolve("mine.place"));
        RecoveryWriter writer = writer(copies());
        rename(document, "Edited");

        for (int i = 0; i < 3; i++) {
            later(TWO_MINUTES);
            writer.poll(document);
        }

        assertEquals(List.of("No recovery copy of mine could be written (" + inTheWay + ": cannot create the recovery"
                + " folder: a file of that name is in the way). The place itself is untouched: save it to keep your changes."),
                warnings);
        Files.delete(inTheWay);
        later(TWO_MINUTES);
        writer.poll(document);
        assertEquals(1, copies().all().size(), "the same changes are written once the folder can be made");
        assertFalse(warnings.size() > 1);
    }

    @Test
    void zeroMinutesTurnsCopiesOff() throws Exception {
        PlaceDocument document = savedPlace(home.resolve("mine.place"));
        RecoveryCopies copies = copies();
        RecoveryWriter writer = new RecoveryWriter(copies, clock, Duration.ZERO, Runnable::run, warnings::add);
        rename(document, "Edited");
        later(Duration.ofHours(1));
        writer.poll(document);
        assertEquals(0, copies.all().size());
    }
}
