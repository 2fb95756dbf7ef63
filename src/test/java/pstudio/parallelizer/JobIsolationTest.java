package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputMessage;
import pstudio.place.ModuleScript;

/** Each job clone lives in its own actor VM: modules run once per actor, and threads run in the parallel phase. */
class JobIsolationTest {

    @Test
    void aModuleRequiredByEveryJobCloneRunsOncePerActorWithItsOwnState() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(16,
                "JobScheduler.DispatchAsync('Count', 16 * 10, 10, { r -> print('calls per actor ' + r.toList().unique()) })\n"),
                "def Actor = script.GetActor()\nif (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def state = require(game.ReplicatedStorage.State)\n"
                + "P.CreateThread(Actor, 'Count') { id, inst -> state.calls++; id % 10 == 0 ? state.calls : 10 }\n");
        ModuleScript state = new ModuleScript();
        state.setName("State");
        state.setSource("print('module ran')\nreturn [calls: 0]");
        state.setParent(p.place.GetService("ReplicatedStorage"));
        p.runToEnd();
        List<String> prints = p.prints();
        assertEquals(16, Collections.frequency(prints, "module ran"), p.output());
        assertEquals("calls per actor [10]", prints.get(prints.size() - 1), p.output());
    }

    @Test
    void requireInsideAThreadIsAnErrorThatSaysToRequireAtTheTop() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "print('status ' + JobScheduler.DispatchAsync('Late', 4, 1, { r -> print('callback') }).Wait())\n"),
                JobPlace.job("Late", "{ id, inst -> if (id == 3) require(game.ReplicatedStorage.Parallelizer); id }"))
                .runToEnd();
        assertEquals(List.of("status Failed"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().startsWith("require is not allowed in parallel: require modules at the top"),
                errors.get(0).text());
        assertTrue(errors.get(0).text().endsWith("(thread 3, JobActor3)"), errors.get(0).text());
        assertEquals("ServerScriptService.Master.Job:4", errors.get(0).location());
    }

    @Test
    void creatingOrDestroyingInstancesInAThreadIsAnErrorThatNamesTaskSynchronize() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "JobScheduler.DispatchAsync('Make', 2, 1, { r -> })\n"
                + "JobScheduler.DispatchAsync('Break', 2, 1, { r -> })\n"),
                "def Actor = script.GetActor()\nif (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(Actor, 'Make') { id, inst -> Instance.new('Folder', workspace) }\n"
                + "P.CreateThread(Actor, 'Break') { id, inst -> script.Destroy() }\n").runToEnd();
        List<OutputMessage> errors = p.errors();
        assertTrue(errors.stream().anyMatch(e -> e.text().startsWith("cannot create a Folder in parallel: "
                + "call task.synchronize() first")), p.output());
        assertTrue(errors.stream().anyMatch(e -> e.text().startsWith("cannot destroy Script ")
                && e.text().contains("in parallel: call task.synchronize() first")), p.output());
        assertEquals(0, p.run.place().GetService("Workspace").GetChildren().size());
    }
}
