package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;

class PlaceLookupTest {
    @Test
    void findsTheScriptThatAnOutputLineNames() {
        DataModel place = DataModel.empty();
        Instance master = InstanceClass.of("Script").create();
        master.setName("Master");
        master.setParent(place.GetService("ServerScriptService"));
        Instance job = InstanceClass.of("Script").create();
        job.setName("Job");
        job.setParent(master);

        assertEquals(job, PlaceLookup.byFullName(place, "ServerScriptService.Master.Job").orElseThrow());
        assertTrue(PlaceLookup.byFullName(place, "ServerScriptService.Missing").isEmpty());
        assertTrue(PlaceLookup.byFullName(place, null).isEmpty());
    }
}
