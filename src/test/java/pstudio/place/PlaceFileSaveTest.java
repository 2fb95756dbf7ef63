package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class PlaceFileSaveTest {
    @TempDir
    Path folder;

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savedPlaceLoadsBackAndASecondSaveReplacesTheFirst() throws Exception {
        Path file = folder.resolve("nth-root.place");
        PlaceFile.save(DataModel.empty(), file);
        DataModel changed = PlaceFileFormatTest.masterAndJob();

        PlaceFile.save(changed, file);

        assertEquals(PlaceFile.toXml(changed), Files.readString(file));
        assertEquals(PlaceFile.toXml(changed), PlaceFile.toXml(PlaceFile.load(file)));
        assertEquals(List.of("nth-root.place"), filesInFolder());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("nth-root.place");
        PlaceFile.save(PlaceFileFormatTest.masterAndJob(), file);
        byte[] before = Files.readAllBytes(file);
        byte[] newContent = PlaceFile.toXml(DataModel.empty()).getBytes(StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> AtomicFileWrite.replace(file, out -> {
            out.write(newContent, 0, newContent.length / 2);
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        assertEquals(List.of("nth-root.place"), filesInFolder());
    }

    @Test
    void aPlaceThatCannotBeWrittenIsRefusedBeforeTheOldFileIsTouched() throws Exception {
        Path file = folder.resolve("nth-root.place");
        PlaceFile.save(PlaceFileFormatTest.masterAndJob(), file);
        String before = Files.readString(file);
        DataModel place = PlaceFileFormatTest.masterAndJob();
        ((Script) place.GetService("ServerScriptService").FindFirstChild("Master")).setSource("pasted \u0000 here");

        PlaceFileException e = assertThrows(PlaceFileException.class, () -> PlaceFile.save(place, file));

        assertEquals(file + ": cannot save: Source of Script ServerScriptService.Master contains the character U+0000,"
                + " which a .place file cannot store", e.getMessage());
        assertEquals(before, Files.readString(file));
        assertEquals(List.of("nth-root.place"), filesInFolder());
    }

    @Test
    void savingIntoAFolderThatDoesNotExistNamesTheFile() {
        Path file = folder.resolve("missing").resolve("nth-root.place");

        PlaceFileException e = assertThrows(PlaceFileException.class, () -> PlaceFile.save(DataModel.empty(), file));

        assertTrue(e.getMessage().startsWith(file + ": cannot save: "), e.getMessage());
        assertTrue(Files.notExists(file.getParent()));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void savingKeepsThePermissionsTheUserGaveTheFile() throws Exception {
        Path file = folder.resolve("private.place");
        PlaceFile.save(DataModel.empty(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        PlaceFile.save(PlaceFileFormatTest.masterAndJob(), file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
