package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.Script;

/** {@code --set}: which attribute a name means, and the message when it means none or several. */
class PlaceSettingsTest {

    private static DataModel twoMasters() {
        DataModel place = DataModel.empty();
        for (String service : new String[] {"ServerScriptService", "Workspace"}) {
            Script master = new Script();
            master.setName("Master");
            master.setParent(place.GetService(service));
            master.SetAttribute("Size", 512);
            master.SetAttribute("Smooth", false);
        }
        return place;
    }

    private static Instance master(DataModel place, String service) {
        return place.GetService(service).FindFirstChild("Master");
    }

    @Test
    void aFullNamePicksOneOfSeveralAndTheValueTakesTheAttributesType() {
        DataModel place = twoMasters();
        PlaceSettings.apply(place, Map.of("Workspace.Master.Size", "64", "Workspace.Master.Smooth", "true"));
        assertEquals(64.0, master(place, "Workspace").GetAttribute("Size"));
        assertEquals(true, master(place, "Workspace").GetAttribute("Smooth"));
        assertEquals(512.0, master(place, "ServerScriptService").GetAttribute("Size"), "the other is untouched");
    }

    @Test
    void aNameSeveralInstancesHaveIsRefusedWithTheFullNamesToChooseFrom() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlaceSettings.apply(twoMasters(), Map.of("Size", "64")));
        assertEquals("--set Size: several instances have an attribute Size (Workspace.Master.Size,"
                + " ServerScriptService.Master.Size); name one, as --set Workspace.Master.Size=64", e.getMessage());
    }

    @Test
    void aFullNameOfNoInstanceOrABooleanThatIsNotTrueOrFalseIsRefused() {
        assertEquals("--set Lighting.Master.Size: the place has no instance Lighting.Master",
                assertThrows(IllegalArgumentException.class,
                        () -> PlaceSettings.apply(twoMasters(), Map.of("Lighting.Master.Size", "1"))).getMessage());
        assertEquals("--set Workspace.Master.Smooth=yes: Workspace.Master.Smooth is true or false, not 'yes'",
                assertThrows(IllegalArgumentException.class,
                        () -> PlaceSettings.apply(twoMasters(), Map.of("Workspace.Master.Smooth", "yes"))).getMessage());
    }
}
