package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attributes: Roblox's SetAttribute/GetAttribute on any instance, kept in place files and in copies of a place. */
class AttributesTest {

    private static DataModel placeWithMaster() {
        DataModel place = DataModel.empty();
        Script master = new Script();
        master.setName("Master");
        master.setParent(place.GetService("ServerScriptService"));
        master.SetAttribute("Size", 512);
        master.SetAttribute("Label", "terrain <big> & \"wide\"");
        master.SetAttribute("Coloured", true);
        return place;
    }

    private static Instance master(DataModel place) {
        return place.GetService("ServerScriptService").FindFirstChild("Master");
    }

    @Test
    void anAttributeHoldsABooleanANumberOrAStringAndNilRemovesIt() {
        Instance master = master(placeWithMaster());
        assertEquals(512.0, master.GetAttribute("Size"), "a number is a Luau number (a double)");
        assertEquals(true, master.GetAttribute("Coloured"));
        assertNull(master.GetAttribute("Missing"));
        master.SetAttribute("Size", null);
        assertNull(master.GetAttribute("Size"));
        assertEquals(Map.of("Coloured", true, "Label", "terrain <big> & \"wide\""), master.GetAttributes());
    }

    @Test
    void badNamesAndValuesAreRefusedWithTheRuleTheyBreak() {
        Instance master = master(placeWithMaster());
        assertTrue(assertThrows(InstanceException.class, () -> master.SetAttribute("two words", 1))
                .getMessage().contains("only letters, digits and underscores"));
        assertTrue(assertThrows(InstanceException.class, () -> master.SetAttribute("RBXSize", 1))
                .getMessage().contains("reserved"));
        assertEquals("attribute Size can hold only a boolean, a number or a string, not a table",
                assertThrows(InstanceException.class, () -> master.SetAttribute("Size", List.of(1))).getMessage());
        assertEquals(512.0, master.GetAttribute("Size"), "a refused value leaves the old one");
    }

    @Test
    void attributesAreWrittenAfterThePropertiesInNameOrderAndReadBack() throws PlaceFileException {
        DataModel place = placeWithMaster();
        String xml = PlaceFile.toXml(place);
        assertTrue(xml.contains("""
                    <Item class="Script" name="Master">
                      <Attribute name="Coloured" type="bool">true</Attribute>
                      <Attribute name="Label" type="string">terrain &lt;big&gt; &amp; "wide"</Attribute>
                      <Attribute name="Size" type="number">512</Attribute>
                      <Source><![CDATA[]]></Source>
                """), xml);
        DataModel loaded = PlaceFile.fromXml(xml, "t.place");
        assertEquals(master(place).GetAttributes(), master(loaded).GetAttributes());
        assertEquals(xml, PlaceFile.toXml(loaded), "loading then saving gives the same text");
    }

    @Test
    void aBadAttributeInAFileNamesItsLine() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <place format="1">
                  <Item class="Workspace" name="Workspace">
                    <Attribute name="Size" type="number">big</Attribute>
                  </Item>
                </place>
                """;
        PlaceFileException e = assertThrows(PlaceFileException.class, () -> PlaceFile.fromXml(xml, "bad.place"));
        assertEquals("bad.place:4: bad attribute Size: expected a number, found 'big'", e.getMessage());
        PlaceFileException named = assertThrows(PlaceFileException.class,
                () -> PlaceFile.fromXml(xml.replace("name=\"Size\" type=\"number\">big", "name=\"a b\" type=\"bool\">true"),
                        "bad.place"));
        assertTrue(named.getMessage().startsWith("bad.place:4: bad attribute a b: "), named.getMessage());
    }

    @Test
    void copiesOfAPlaceAndTheRunBoundaryKeepAttributes() throws Exception {
        DataModel place = placeWithMaster();
        assertEquals(master(place).GetAttributes(), master(place.copyPlace()).GetAttributes());
        assertEquals(512.0, master(place).Clone().GetAttribute("Size"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TreeCodec.write(place, new DataOutputStream(bytes));
        DataModel sent = (DataModel) TreeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(master(place).GetAttributes(), master(sent).GetAttributes());
    }
}
