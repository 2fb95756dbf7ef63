package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path folder;

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

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
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-02T03:04:05.006Z"));

    private Backups backups(int keep) {
        return new Backups(folder.resolve("unsaved"), keep, clock);
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    @Test
    void aSavedPlaceIsBackedUpBesideItNamedAfterItAndTheTime() throws Exception {
        Path placeFile = folder.resolve("nth-root.place");
        DataModel place = PlaceFileFormatTest.masterAndJob();

        Path backup = backups(20).write(place, placeFile);

        assertEquals(folder.resolve(".nth-root.place.backups").resolve("nth-root-20250102-030405-006.place"), backup);
        assertEquals(PlaceFile.toXml(place), Files.readString(backup));
        assertEquals(PlaceFile.toXml(place), PlaceFile.toXml(PlaceFile.load(backup)));
    }

    @Test
    void anUnsavedPlaceIsBackedUpInTheGivenFolder() throws Exception {
        Path backup = backups(20).write(DataModel.empty(), null);

        assertEquals(folder.resolve("unsaved").resolve("untitled-20250102-030405-006.place"), backup);
        assertEquals(List.of(backup), backups(20).list(null));
    }

    @Test
    void onlyTheNewestAreKeptAndListedNewestFirst() throws Exception {
        Path placeFile = folder.resolve("nth-root.place");
        Backups backups = backups(3);
        for (int i = 0; i < 5; i++) {
            backups.write(DataModel.empty(), placeFile);
            clock.advance(Duration.ofSeconds(1));
        }

        assertEquals(List.of("nth-root-20250102-030409-006.place", "nth-root-20250102-030408-006.place",
                "nth-root-20250102-030407-006.place"), names(backups.list(placeFile)));
        try (Stream<Path> files = Files.list(backups.folderFor(placeFile))) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void backupsInTheSameMillisecondAllSurviveInTheOrderWritten() throws Exception {
        Backups backups = backups(20);
        DataModel first = DataModel.empty();
        DataModel second = PlaceFileFormatTest.masterAndJob();

        backups.write(first, null);
        backups.write(second, null);

        List<Path> listed = backups.list(null);
        assertEquals(List.of("untitled-20250102-030405-007.place", "untitled-20250102-030405-006.place"), names(listed));
        assertEquals(PlaceFile.toXml(second), Files.readString(listed.get(0)));
    }

    @Test
    void pruningLeavesOtherFilesAndOtherPlacesAlone() throws Exception {
        Path placeFile = folder.resolve("nth-root.place");
        Backups backups = backups(1);
        Path backupFolder = backups.folderFor(placeFile);
        Files.createDirectories(backupFolder);
        Path note = Files.writeString(backupFolder.resolve("notes.txt"), "keep me");
        Path otherPlace = Files.writeString(backupFolder.resolve("nth-root-copy-20200101-000000-000.place"), "x");

        backups.write(DataModel.empty(), placeFile);
        clock.advance(Duration.ofMinutes(1));
        backups.write(DataModel.empty(), placeFile);

        assertEquals(List.of("nth-root-20250102-030505-006.place"), names(backups.list(placeFile)));
        assertTrue(Files.exists(note));
        assertTrue(Files.exists(otherPlace));
    }

    @Test
    void aPlaceWithoutBackupsListsNone() throws Exception {
        assertEquals(List.of(), backups(20).list(folder.resolve("never-run.place")));
        assertEquals(List.of(), backups(20).list(null));
    }

    @Test
    void aBackupThatCannotBeWrittenSaysWhere() throws Exception {
        Path blocker = Files.writeString(folder.resolve("unsaved"), "a file where the folder should be");

        PlaceFileException e = assertThrows(PlaceFileException.class, () -> backups(20).write(DataModel.empty(), null));

        assertTrue(e.getMessage().startsWith(blocker + ": cannot create the backup folder: "), e.getMessage());
    }

    @Test
    void unsavedBackupsGoUnderTheXdgDataFolderOrLocalShare() {
        assertEquals(Path.of("/data/parallelizer-studio/backups"), Backups.userBackupFolder("/data", "/home/ada"));
        assertEquals(Path.of("/home/ada/.local/share/parallelizer-studio/backups"),
                Backups.userBackupFolder(null, "/home/ada"));
        assertEquals(Path.of("/home/ada/.local/share/parallelizer-studio/backups"),
                Backups.userBackupFolder("relative/data", "/home/ada"));
    }
}
