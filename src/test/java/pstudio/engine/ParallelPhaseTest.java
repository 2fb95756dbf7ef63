package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In the parallel phase instances may be read but not changed, and modules not required; each refusal
 * is an error that says what to do. After task.synchronize() the same calls work.
 */
class ParallelPhaseTest {

    private static PlaceRun actorPlace(String source) {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Worker", "Actor");
        p.instance("ServerScriptService.Worker.Target", "Folder");
        p.module("ReplicatedStorage.Lib", "return 42");
        p.script("ServerScriptService.Worker.Job", source);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "script.Parent.Target.Name = 'x'|cannot set Name of Folder ServerScriptService.Worker.Target in parallel",
        "script.Parent.Target.Parent = workspace|cannot set the Parent of Folder ServerScriptService.Worker.Target in parallel",
        "Instance.new('Folder')|cannot create a Folder in parallel",
        "script.Parent.Target.Clone()|cannot clone Folder ServerScriptService.Worker.Target in parallel",
        "script.Parent.Target.Destroy()|cannot destroy Folder ServerScriptService.Worker.Target in parallel",
    })
    void changingAnInstanceInParallelIsAnErrorThatSaysToSynchronize(String call, String message) throws Exception {
        PlaceRun p = actorPlace("task.desynchronize()\n"
                + "print('read ' + script.Parent.Target.Name + ' ' + script.Parent.GetChildren().size())\n"
                + call + "\n"
                + "print('not reached')");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals(message + ": call task.synchronize() first", errors.get(0).text());
        assertEquals("ServerScriptService.Worker.Job:3", errors.get(0).location());
        assertEquals(List.of("read Target 2"), p.prints(), "reading is allowed in parallel");
        assertEquals("Target", p.run.place().GetService("ServerScriptService").FindFirstChild("Worker")
                .FindFirstChild("Target").getName(), "the refused change did not happen");
    }

    @Test
    void requireInParallelIsAnErrorThatSaysSo() throws Exception {
        PlaceRun p = actorPlace("task.desynchronize()\nrequire(game.ReplicatedStorage.Lib)");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().startsWith("require is not allowed in parallel"), errors.get(0).text());
        assertEquals("ServerScriptService.Worker.Job:2", errors.get(0).location());
    }

    @Test
    void aParallelMessageHandlerIsInTheParallelPhaseToo() throws Exception {
        PlaceRun p = actorPlace("script.GetActor().BindToMessageParallel('go') { script.Parent.Target.Name = 'x' }");
        p.script("ServerScriptService.Sender", "game.ServerScriptService.Worker.SendMessage('go')");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().contains("in parallel: call task.synchronize() first"), errors.get(0).text());
    }

    @Test
    void afterSynchronizeTheSameChangesWork() throws Exception {
        PlaceRun p = actorPlace("def lib = require(game.ReplicatedStorage.Lib)\n"
                + "task.desynchronize()\n"
                + "def sum = (1..100).sum()\n"
                + "task.synchronize()\n"
                + "script.Parent.Target.Name = 'Renamed' + sum\n"
                + "Instance.new('Folder', script.Parent).Name = 'Made'\n"
                + "script.Parent.Renamed5050.Clone().Parent = workspace\n"
                + "script.Parent.Made.Destroy()\n"
                + "print(lib + ' ' + script.Parent.GetChildren()*.Name.join(',') + ' ' + workspace.GetChildren()*.Name.join(','))");
        p.runToEnd();
        assertEquals(List.of("42 Renamed5050,Job Renamed5050"), p.prints(), p.output());
    }

    @Test
    void desynchronizeOutsideAnActorIsAnError() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Plain", "task.desynchronize()");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("task.desynchronize() can only be called from a script under an Actor", errors.get(0).text());
    }
}
