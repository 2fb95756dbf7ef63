package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryCopiesTest {
    @TempDir
    Path home;

    private Instant now = Instant.parse("2025-01-02T03:04:05.006Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };

    private static DataModel placeWith(String folderName) {
        DataModel place = DataModel.empty();
        Instance folder = InstanceClass.of("Folder").create();
        folder.setName(folderName);
        folder.setParent(place.getWorkspace());
        return place;
    }

    @Test
    void aCopyIsAPlaceFileInTheRecoveryFolderThatOpensAsThePlaceWas() throws Exception {
        Path userFile = home.resolve("work").resolve("nth-root.place");
        RecoveryCopies copies = new RecoveryCopies(home.resolve("recovery"), 5, clock);

        Path copy = copies.write(placeWith("Edited"), userFile, "nth-root");

        assertEquals(home.resolve("recovery"), copy.getParent());
        assertFalse(Files.exists(userFile), "the user's own file is never written");
        assertTrue(copy.getFileName().toString().startsWith("nth-root-"));
        assertTrue(copy.getFileName().toString().endsWith("-20250102-030405-006.place"));
        assertTrue(PlaceFile.load(copy).getWorkspace().FindFirstChild("Edited") != null);
        RecoveryCopies.Copy listed = copies.list(userFile, "nth-root").get(0);
        assertEquals("nth-root", listed.placeName());
        assertEquals(now, listed.writtenAt());
        assertEquals(Files.size(copy), listed.bytes());
    }

    @Test
    void placesOfTheSameNameInOtherFoldersKeepTheirOwnCopiesAndOnlyTheNewestFewAreKept() throws Exception {
        RecoveryCopies copies = new RecoveryCopies(home.resolve("recovery"), 2, clock);
        Path mine = home.resolve("a").resolve("game.place");
        Path other = home.resolve("b").resolve("game.place");
        for (int i = 0; i < 4; i++) {
            copies.write(placeWith("Mine" + i), mine, "game");
            now = now.plus(Duration.ofMinutes(2));
        }
        copies.write(placeWith("Other"), other, "game");
        copies.write(placeWith("Unsaved"), null, "game");

        List<RecoveryCopies.Copy> mineListed = copies.list(mine, "game");
        assertEquals(2, mineListed.size());
        assertTrue(PlaceFile.load(mineListed.get(0).file()).getWorkspace().FindFirstChild("Mine3") != null);
        assertTrue(PlaceFile.load(mineListed.get(1).file()).getWorkspace().FindFirstChild("Mine2") != null);
        assertEquals(1, copies.list(other, "game").size());
        assertEquals(1, copies.list(null, "game").size());
        assertEquals(4, copies.all().size());
    }

    @Test
    void theNewestCopySinceATimeIsFoundAndOlderOnesAreNot() throws Exception {
        RecoveryCopies copies = new RecoveryCopies(home.resolve("recovery"), 5, clock);
        copies.write(placeWith("Old"), null, "old");
        Instant crashedStudioStarted = now.plus(Duration.ofMinutes(1));
        assertTrue(copies.newestSince(crashedStudioStarted).isEmpty());
        now = now.plus(Duration.ofMinutes(3));
        copies.write(placeWith("New"), null, "new place");
        assertEquals("new place", copies.newestSince(crashedStudioStarted).orElseThrow().placeName());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsASentence() throws Exception {
        Path inTheWay = Files.writeString(home.resolve("recovery"), "not a folder");
        RecoveryCopies copies = new RecoveryCopies(inTheWay, 5, clock);
        PlaceFileException e = assertThrows(PlaceFileException.class, () -> copies.write(placeWith("X"), null, "x"));
        assertEquals(inTheWay + ": cannot create the recovery folder: a file of that name is in the way", e.getMessage());
        assertEquals("not a folder", Files.readString(inTheWay));
    }
}
