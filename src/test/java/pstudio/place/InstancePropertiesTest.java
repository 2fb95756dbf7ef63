package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InstancePropertiesTest {
    @Test
    void newInstancesHaveTheirClassDefaults() {
        Script script = new Script();

        assertEquals("Script", script.getName());
        assertEquals("", script.getSource());
        assertFalse(script.isDisabled());
        assertEquals(Boolean.FALSE, script.getProperty("Disabled"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithTheTypeItNeeds() {
        Script script = new Script();

        InstanceException bool = assertThrows(InstanceException.class, () -> script.setProperty("Disabled", "yes"));
        assertEquals("Disabled must be a bool, not String", bool.getMessage());
        InstanceException string = assertThrows(InstanceException.class, () -> script.setProperty("Source", 5));
        assertEquals("Source must be a string, not Integer", string.getMessage());
        InstanceException nil = assertThrows(InstanceException.class, () -> script.setProperty("Name", null));
        assertEquals("Name must be a string, not nil", nil.getMessage());
        assertFalse(script.isDisabled());
    }

    @Test
    void emptyNameIsRefusedAndTheOldNameStays() {
        Folder folder = new Folder();
        folder.setName("Data");

        InstanceException e = assertThrows(InstanceException.class, () -> folder.setName(""));

        assertEquals("Name cannot be empty", e.getMessage());
        assertEquals("Data", folder.getName());
    }

    @Test
    void aPropertyTheClassLacksIsNamedInTheError() {
        Folder folder = new Folder();

        InstanceException read = assertThrows(InstanceException.class, () -> folder.getProperty("Source"));
        assertEquals("Source is not a valid member of Folder Folder", read.getMessage());
        InstanceException write = assertThrows(InstanceException.class, () -> folder.setProperty("Disabled", true));
        assertEquals("Disabled is not a valid member of Folder Folder", write.getMessage());
    }

    @Test
    void anUnknownClassIsNamedInTheError() {
        InstanceException e = assertThrows(InstanceException.class, () -> InstanceClass.of("Foldr"));

        assertEquals("Unknown class 'Foldr'", e.getMessage());
        assertNull(InstanceClass.find("Foldr"));
    }

    @Test
    void numbersFormatSoThatTheyParseBackToTheSameValue() {
        for (double d : new double[] {0, 2, -7, 0.5, 1.0 / 3, 1e15, 1e20, -2.5e-8, Double.NaN,
                Double.POSITIVE_INFINITY, Double.MAX_VALUE}) {
            assertEquals(d, PropertyType.NUMBER.parse(PropertyType.NUMBER.format(d)));
        }
        assertEquals("2", PropertyType.NUMBER.format(2.0));
    }
}
