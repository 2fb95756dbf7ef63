package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.place.LuaSourceContainer;
import pstudio.place.PlaceFile;

/** Which scripts a run starts, in what order, and that the place being edited is never changed by it. */
class ScriptStartRulesTest {

    @Test
    void enabledScriptsUnderWorkspaceAndServerScriptServiceStartInTreeOrder() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.B", "print('ServerScriptService.B')");
        p.script("ServerScriptService.Folder.Deep", "print('ServerScriptService.Folder.Deep')");
        p.script("Workspace.A", "print('Workspace.A')");
        p.add("Workspace.Local", "LocalScript", "print('Workspace.Local')");
        p.runToEnd();
        assertEquals(List.of("Workspace.A", "Workspace.Local", "ServerScriptService.B",
                "ServerScriptService.Folder.Deep"), p.prints(), p.output());
    }

    @Test
    void scriptsInReplicatedStorageAndServerStorageDoNotStart() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ReplicatedStorage.Shared", "print('replicated ran')");
        p.script("ServerStorage.Kept", "print('storage ran')");
        p.script("ServerScriptService.Main", "print('main ran')");
        p.runToEnd();
        assertEquals(List.of("main ran"), p.prints(), p.output());
    }

    @Test
    void aDisabledScriptStartsOnlyWhenEnabled() throws Exception {
        PlaceRun p = new PlaceRun();
        p.disable(p.script("ServerScriptService.Sleeper", "print('sleeper started')"));
        p.script("ServerScriptService.Waker", "print('waker')\n"
                + "task.wait(0.05)\n"
                + "print('enabling')\n"
                + "script.Parent.Sleeper.Disabled = false\n"
                + "task.wait()\n"
                + "print('after')");
        p.runToEnd();
        assertEquals(List.of("waker", "enabling", "sleeper started", "after"), p.prints(), p.output());
    }

    @Test
    void aDisabledScriptThatIsNeverEnabledNeverRuns() throws Exception {
        PlaceRun p = new PlaceRun();
        p.disable(p.script("Workspace.Off", "print('off ran')"));
        p.script("ServerScriptService.Main", "print('main ran')");
        p.runToEnd();
        assertEquals(List.of("main ran"), p.prints(), p.output());
        assertEquals(1, p.run.statistics().toMap().get("scriptsStarted"));
    }

    @Test
    void aScriptMovedFromStorageToWhereScriptsRunStarts() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerStorage.Parked", "print('parked started in ' + script.Parent.Name)");
        p.script("ServerScriptService.Mover", "game.ServerStorage.Parked.Parent = workspace\ntask.wait()\nprint('moved')");
        p.runToEnd();
        assertEquals(List.of("parked started in Workspace", "moved"), p.prints(), p.output());
    }

    @Test
    void theEditedPlaceIsNeverChangedByARun() throws Exception {
        PlaceRun p = new PlaceRun();
        LuaSourceContainer sleeper = p.script("ServerScriptService.Sleeper", "print('sleeper')");
        p.disable(sleeper);
        p.script("ReplicatedStorage.Data", "return 1");
        p.script("ServerScriptService.Vandal", "game.ReplicatedStorage.Data.Source = 'return 2'\n"
                + "game.ReplicatedStorage.Data.Name = 'Renamed'\n"
                + "script.Parent.Sleeper.Disabled = false\n"
                + "Instance.new('Folder', workspace).Name = 'Added'\n"
                + "game.ServerStorage.ClearAllChildren()\n"
                + "script.Destroy()\n"
                + "print('done')");
        p.instance("ServerStorage.Keep", "Folder");
        String before = PlaceFile.toXml(p.place);
        p.runToEnd();
        assertEquals(List.of("done", "sleeper"), p.prints(), p.output());
        assertEquals(before, PlaceFile.toXml(p.place), "the edited place must stay as it was");
        assertEquals("Renamed", p.run.place().GetService("ReplicatedStorage").GetChildren().get(0).getName(),
                "the run's own copy did change");
    }
}
