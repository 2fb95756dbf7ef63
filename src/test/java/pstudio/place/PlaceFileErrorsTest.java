package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a place file can be bad ends as one message that names the file and the line. */
class PlaceFileErrorsTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<place format=\"1\">\n";

    @TempDir
    Path folder;

    /** Loads {@code content} from a file called {@code name}; returns the message with the folder taken off. */
    private String loadError(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return messageOf(file);
    }

    private String messageOf(Path file) {
        PlaceFileException e = assertThrows(PlaceFileException.class, () -> PlaceFile.load(file));
        String prefix = folder + java.io.File.separator;
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }

    /** A place whose ServerScriptService holds {@code items}; they start on line 4. */
    private static String scripts(String items) {
        return HEAD + "  <Item class=\"ServerScriptService\" name=\"ServerScriptService\">\n" + items + "  </Item>\n</place>\n";
    }

    @Test
    void missingFile() {
        assertEquals("gone.place: no such file", messageOf(folder.resolve("gone.place")));
    }

    @Test
    void unreadableFile() throws IOException {
        Files.createDirectory(folder.resolve("folder.place"));

        assertTrue(messageOf(folder.resolve("folder.place")).startsWith("folder.place: cannot read the file: "));
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty.place: the file is empty", loadError("empty.place", ""));
        assertEquals("blank.place: the file is empty", loadError("blank.place", " \n\n"));
    }

    @Test
    void aFileOverTheSizeCapIsRefusedWithoutBeingRead() throws IOException {
        Path file = folder.resolve("huge.place");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(PlaceFile.MAX_BYTES + 1L); // a hole: no 64 MB written to the disk
        }

        assertEquals("huge.place: the file is over 64 MB, the largest place file that can be opened", messageOf(file));
    }

    @Test
    void aFileAtTheSizeCapIsRead() throws Exception {
        String place = HEAD + "</place>\n";
        String padding = " ".repeat(PlaceFile.MAX_BYTES - place.length());
        Path file = folder.resolve("full.place");
        Files.writeString(file, place + padding);

        assertEquals(PlaceFile.MAX_BYTES, Files.size(file));
        assertEquals(DataModel.SERVICES.size(), PlaceFile.load(file).GetChildren().size());
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path file = folder.resolve("latin1.place");
        Files.write(file, (HEAD + "<!-- caf\u00e9 -->\n</place>\n").getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("latin1.place: the file is not UTF-8 text", messageOf(file));
    }

    @Test
    void malformedXmlGivesTheParsersLine() throws IOException {
        String message = loadError("broken.place", scripts("    <Item class=\"Folder\" name=\"A\"/>\n    <Item class=\"Folder\" name=\"B\"></Itme>\n"));

        assertTrue(message.startsWith("broken.place:5: malformed XML: "), message);
    }

    @Test
    void unknownClass() throws IOException {
        assertEquals("broken.place:4: unknown class 'Foldr'",
                loadError("broken.place", scripts("    <Item class=\"Foldr\" name=\"Data\"/>\n")));
    }

    @Test
    void classThatCannotBeStored() throws IOException {
        assertEquals("broken.place:4: a LuaSourceContainer cannot be stored in a place",
                loadError("broken.place", scripts("    <Item class=\"LuaSourceContainer\" name=\"X\"/>\n")));
        assertEquals("broken.place:4: a DataModel cannot be stored in a place",
                loadError("broken.place", scripts("    <Item class=\"DataModel\" name=\"X\"/>\n")));
    }

    @Test
    void nonServiceAtTopLevel() throws IOException {
        assertEquals("top.place:3: 'Folder' cannot be at the top level of a place; only services can "
                        + "(Workspace, ReplicatedStorage, ServerScriptService, ServerStorage)",
                loadError("top.place", HEAD + "  <Item class=\"Folder\" name=\"Data\"/>\n</place>\n"));
    }

    @Test
    void serviceBelowTheTopLevel() throws IOException {
        assertEquals("nested.place:4: the service Workspace can only be at the top level of a place",
                loadError("nested.place", scripts("    <Item class=\"Workspace\" name=\"Workspace\"/>\n")));
    }

    @Test
    void serviceTwice() throws IOException {
        assertEquals("twice.place:4: the service Workspace appears twice", loadError("twice.place",
                HEAD + "  <Item class=\"Workspace\" name=\"Workspace\"/>\n  <Item class=\"Workspace\" name=\"W\"/>\n</place>\n"));
    }

    @Test
    void badPropertyValue() throws IOException {
        assertEquals("broken.place:5: bad value for Disabled: expected true or false, found 'yes'",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Property name=\"Disabled\" type=\"bool\">yes</Property>\n    </Item>\n")));
    }

    @Test
    void propertyOfTheWrongType() throws IOException {
        assertEquals("broken.place:5: Disabled of Script is a bool, not a string",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Property name=\"Disabled\" type=\"string\">true</Property>\n    </Item>\n")));
    }

    @Test
    void unknownPropertyType() throws IOException {
        assertEquals("broken.place:5: unknown property type 'int'; the types are bool, string, number",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Property name=\"Disabled\" type=\"int\">1</Property>\n    </Item>\n")));
    }

    @Test
    void unknownPropertyForTheClass() throws IOException {
        assertEquals("broken.place:5: unknown property 'Disabled' for class Folder",
                loadError("broken.place", scripts("    <Item class=\"Folder\" name=\"Data\">\n"
                        + "      <Property name=\"Disabled\" type=\"bool\">true</Property>\n    </Item>\n")));
        assertEquals("broken.place:5: a Folder has no Source",
                loadError("broken.place", scripts("    <Item class=\"Folder\" name=\"Data\">\n"
                        + "      <Source>print(1)</Source>\n    </Item>\n")));
    }

    @Test
    void propertyGivenTwice() throws IOException {
        assertEquals("broken.place:6: Source is given twice",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Source>a</Source>\n      <Source>b</Source>\n    </Item>\n")));
    }

    @Test
    void nameAndSourceHaveTheirOwnPlaces() throws IOException {
        assertEquals("broken.place:5: Name is written as the name attribute of <Item>, not as a <Property>",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Property name=\"Name\" type=\"string\">Job</Property>\n    </Item>\n")));
        assertEquals("broken.place:5: Source is written as a <Source> element, not as a <Property>",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Property name=\"Source\" type=\"string\">x</Property>\n    </Item>\n")));
    }

    @Test
    void emptyOrMissingName() throws IOException {
        assertEquals("broken.place:4: Name cannot be empty",
                loadError("broken.place", scripts("    <Item class=\"Folder\" name=\"\"/>\n")));
        assertEquals("broken.place:4: <Item> has no name attribute",
                loadError("broken.place", scripts("    <Item class=\"Folder\"/>\n")));
    }

    @Test
    void somethingThePlaceFormatDoesNotHave() throws IOException {
        assertEquals("broken.place:4: unexpected element <Part> in <Item>",
                loadError("broken.place", scripts("    <Part/>\n")));
        assertEquals("broken.place:4: unexpected text 'stray words'",
                loadError("broken.place", scripts("    stray words\n")));
        assertEquals("broken.place:4: unexpected attribute 'color' on <Item>",
                loadError("broken.place", scripts("    <Item class=\"Folder\" name=\"A\" color=\"red\"/>\n")));
        assertEquals("broken.place:5: <Property> may hold only text, not <b>",
                loadError("broken.place", scripts("    <Item class=\"Script\" name=\"Job\">\n"
                        + "      <Property name=\"Disabled\" type=\"bool\"><b/></Property>\n    </Item>\n")));
    }

    @Test
    void wrongOrMissingFormatVersion() throws IOException {
        assertEquals("v2.place:2: format 2 is not supported; this version of Parallelizer Studio reads format 1",
                loadError("v2.place", "<?xml version=\"1.0\"?>\n<place format=\"2\">\n</place>\n"));
        assertEquals("old.place:2: <place> has no format attribute; this version of Parallelizer Studio reads format 1",
                loadError("old.place", "<?xml version=\"1.0\"?>\n<place>\n</place>\n"));
    }

    @Test
    void fileThatIsNotAPlace() throws IOException {
        assertEquals("page.place:2: not a place file: the root element must be <place>, found <html>",
                loadError("page.place", "<?xml version=\"1.0\"?>\n<html><body/></html>\n"));
        assertTrue(loadError("notes.place", "just some notes\n").startsWith("notes.place:1: malformed XML: "));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefusedUnread() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE place [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<place format=\"1\">\n  <Item class=\"Workspace\" name=\"&xxe;\"/>\n</place>\n";

        String message = loadError("xxe.place", xxe);

        assertEquals("xxe.place:2: a place file may not have a DOCTYPE (DTDs and entities are refused)", message);
        assertFalse(message.contains("TOP SECRET"));
    }

    @Test
    void entityExpansionBombIsRefused() throws IOException {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE place [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + "<place format=\"1\"><Item class=\"Workspace\" name=\"&c;\"/></place>\n";

        assertEquals("bomb.place:2: a place file may not have a DOCTYPE (DTDs and entities are refused)",
                loadError("bomb.place", bomb));
    }

    @Test
    void undeclaredEntity() throws IOException {
        String message = loadError("entity.place", scripts("    <Item class=\"Folder\" name=\"&nope;\"/>\n"));

        assertTrue(message.startsWith("entity.place:4: malformed XML: "), message);
        assertTrue(message.contains("nope"), message);
    }

    @Test
    void inMemoryTextNamesTheSourceItWasGiven() {
        PlaceFileException e = assertThrows(PlaceFileException.class,
                () -> PlaceFile.fromXml(scripts("    <Item class=\"Foldr\" name=\"Data\"/>\n"), "undo buffer"));

        assertEquals("undo buffer:4: unknown class 'Foldr'", e.getMessage());
        assertEquals("undo buffer", e.file());
        assertEquals(4, e.line());
    }
}
