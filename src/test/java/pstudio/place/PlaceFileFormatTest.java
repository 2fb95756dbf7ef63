package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceFileFormatTest {
    @TempDir
    Path folder;

    static DataModel masterAndJob() {
        DataModel place = DataModel.empty();
        Script master = new Script();
        master.setName("Master");
        master.setSource("print('hello')");
        master.setParent(place.GetService("ServerScriptService"));
        Script job = new Script();
        job.setName("Job");
        job.setDisabled(true);
        job.setSource("print('job')\n");
        job.setParent(master);
        return place;
    }

    static Path resource(String name, Path folder) throws IOException {
        Path copy = folder.resolve(name);
        try (InputStream in = PlaceFileFormatTest.class.getResourceAsStream("/places/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void aPlaceIsWrittenAsIndentedItemsWithNonDefaultPropertiesAndSourceInCdata() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <place format="1">
                  <Item class="Workspace" name="Workspace"/>
                  <Item class="ReplicatedStorage" name="ReplicatedStorage"/>
                  <Item class="ServerScriptService" name="ServerScriptService">
                    <Item class="Script" name="Master">
                      <Source><![CDATA[print('hello')]]></Source>
                      <Item class="Script" name="Job">
                        <Property name="Disabled" type="bool">true</Property>
                        <Source><![CDATA[print('job')
                ]]></Source>
                      </Item>
                    </Item>
                  </Item>
                  <Item class="ServerStorage" name="ServerStorage"/>
                </place>
                """, PlaceFile.toXml(masterAndJob()));
    }

    @Test
    void anEmptyPlaceListsAllFourServices() throws IOException {
        Path expected = resource("empty.place", folder);

        assertEquals(Files.readString(expected), PlaceFile.toXml(DataModel.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.place", "new-place-template.place", "every-class.place"})
    void loadingAndSavingAnUnchangedPlaceGivesTheSameBytes(String sample) throws Exception {
        Path original = resource(sample, folder);
        byte[] before = Files.readAllBytes(original);

        PlaceFile.save(PlaceFile.load(original), original);

        assertArrayEquals(before, Files.readAllBytes(original));
    }

    @Test
    void everyNameAndSourceComesBackExactly() throws Exception {
        DataModel place = PlaceFile.load(resource("every-class.place", folder));

        Instance storage = place.GetChildren().get(0);
        assertEquals("Storage & Co", storage.getName());
        assertInstanceOf(Service.class, storage);
        Instance data = storage.GetChildren().get(0);
        assertEquals("Data <\"quoted\"> 'single'\tand\nnewline", data.getName());
        assertInstanceOf(BindableEvent.class, data.FindFirstChild("Done"));
        ModuleScript tricky = (ModuleScript) place.GetService("ReplicatedStorage").FindFirstChild("Tricky");
        assertEquals("local s = \"]]>\" -- ends CDATA\nx = a[b[c]]>d]]]]>\r\nwindows line\r\nold mac\rtab\there   \n"
                + "\u00e9\u4e2d\u6587 \uD83D\uDE80 &amp; <tag>\n\n  trailing blank lines   \n\n", tricky.getSource());
        Script job = (Script) place.GetService("ServerScriptService").FindFirstChild("Worker").FindFirstChild("Job");
        assertInstanceOf(Actor.class, job.getParent());
        assertTrue(job.isDisabled());
        LocalScript off = (LocalScript) place.GetService("Workspace").FindFirstChild("Client").FindFirstChild("Off");
        assertTrue(off.isDisabled());
        assertEquals("", off.getSource());
    }

    @Test
    void sourcesWithCdataEndsCarriageReturnsAndUnicodeSurviveARoundTrip() throws Exception {
        String[] sources = {"]]>", "]]>]]>", "a]]]>b", "]]", ">", "\r", "\r\n\r\n", "line\rmore", "\t\t x \t",
            "caf\u00e9 \uD83D\uDE80", "", " ", "\n", "<![CDATA[ nested ]]>", "&lt; stays &amp; literal"};
        DataModel place = DataModel.empty();
        for (String source : sources) {
            ModuleScript module = new ModuleScript();
            module.setSource(source);
            module.setParent(place.GetService("ReplicatedStorage"));
        }

        DataModel loaded = PlaceFile.fromXml(PlaceFile.toXml(place), "sources.place");

        List<String> back = loaded.GetService("ReplicatedStorage").GetChildren().stream()
                .map(m -> ((ModuleScript) m).getSource()).toList();
        assertEquals(List.of(sources), back);
    }

    @Test
    void servicesTheFileLacksAreAddedAfterItsOwnInTheUsualOrderAndSavedFromThenOn() throws Exception {
        DataModel place = PlaceFile.fromXml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <place format="1">
                  <Item class="ServerStorage" name="ServerStorage"/>
                </place>
                """, "partial.place");

        assertEquals(List.of("ServerStorage", "Workspace", "ReplicatedStorage", "ServerScriptService"),
                place.GetChildren().stream().map(Instance::getClassName).toList());
        assertEquals(4, PlaceFile.toXml(place).split("<Item class=", -1).length - 1);
    }

    @Test
    void aHandWrittenFileWithCommentsAndOtherLayoutLoads() throws Exception {
        String handWritten = "<!-- written by hand -->\r\n<place format='1'>\r\n"
                + "<Item class='Workspace' name='Workspace'></Item><Item class='ReplicatedStorage' name='ReplicatedStorage'/>"
                + "\t<Item class='ServerScriptService' name='ServerScriptService'><!-- scripts -->\r\n"
                + "\t\t<Item class='Script' name='Master'>\r\n"
                + "\t\t\t<Source>print('hello')</Source>\r\n"
                + "\t\t\t<Item class='Script' name='Job'><Property name='Disabled' type='bool'>true</Property>"
                + "<Source><![CDATA[print('job')\n]]></Source></Item>\r\n"
                + "\t\t</Item>\r\n\t</Item>\r\n<Item class='ServerStorage' name='ServerStorage'/></place>";

        DataModel place = PlaceFile.fromXml(handWritten, "hand.place");

        assertEquals(PlaceFile.toXml(masterAndJob()), PlaceFile.toXml(place));
    }

    @Test
    void aPropertyGivenAtItsDefaultIsDroppedOnSave() throws Exception {
        DataModel place = PlaceFile.fromXml("""
                <place format="1">
                  <Item class="Workspace" name="Workspace">
                    <Item class="Script" name="Enabled">
                      <Property name="Disabled" type="bool">false</Property>
                    </Item>
                  </Item>
                </place>
                """, "defaults.place");

        assertEquals(false, PlaceFile.toXml(place).contains("<Property"));
        assertEquals("", ((Script) place.getWorkspace().FindFirstChild("Enabled")).getSource());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path file = folder.resolve("bom.place");
        Files.writeString(file, "\uFEFF" + PlaceFile.toXml(masterAndJob()));

        assertEquals(PlaceFile.toXml(masterAndJob()), PlaceFile.toXml(PlaceFile.load(file)));
    }
}
