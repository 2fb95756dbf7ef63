package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputMessage;

/** One bug cloned into every actor is one message, not one per clone. */
class ClonedBugTest {

    @Test
    void aTopLevelErrorInEveryCloneIsOneCrashChainWithOneFollowUpAtMost() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(256,
                "JobScheduler.DispatchEquallyAsync('Work', 1024, { r -> print('callback') })\n"),
                "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def config = nothing.here\n"
                + "Parallelizer.CreateThread(Actor, 'Work') { id, inst -> id }\n").runToEnd();
        List<OutputMessage> errors = p.errors();
        assertTrue(errors.size() <= 2, "a summary and one follow-up at most:\n" + p.output());
        OutputMessage chain = errors.get(0);
        assertTrue(chain.text().startsWith("crash chain: 'nothing' is not defined at ServerScriptService.Master.Job:4 "
                + "in 256 of 256 actors"), chain.text());
        assertEquals("ServerScriptService.Master.Job:4", chain.location());
        assertEquals(256, chain.details().size(), "the summary lists the actors");
        assertEquals(1, p.events(ParallelizerEvent.CrashChain.class).size());
        if (errors.size() == 2) {
            assertTrue(errors.get(1).text().contains("failed in 256 of 256 actors"), errors.get(1).text());
        }
        assertEquals(List.of(), p.prints());
    }

    @Test
    void aJobScriptThatDoesNotCompileIsReportedOnceAndCreateJobSchedulerFailsClearly() throws Exception {
        long compiledBefore = pstudio.engine.ScriptCompiler.shared().compilations();
        JobPlace p = new JobPlace(JobPlace.master(256, "print('not reached') // " + System.nanoTime() + "\n"),
                "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def x = (1 + // " + System.nanoTime() + "\n");
        p.runToEnd();
        assertTrue(pstudio.engine.ScriptCompiler.shared().compilations() - compiledBefore <= 3,
                "the master, the bridge module and the job compile once each, not once per actor");
        List<OutputMessage> errors = p.errors();
        assertEquals(2, errors.size(), "the syntax error and CreateJobScheduler's error:\n" + p.output());
        assertEquals("ServerScriptService.Master.Job", errors.get(0).script());
        assertTrue(errors.get(0).text().startsWith("syntax error"), errors.get(0).text());
        assertTrue(errors.get(1).text().startsWith("CreateJobScheduler: the job script ServerScriptService.Master.Job "
                + "does not compile"), errors.get(1).text());
        assertEquals("ServerScriptService.Master:2", errors.get(1).location());
        assertEquals(0, p.run.place().GetService("ServerScriptService").FindFirstChild("Master")
                .GetChildren().stream().filter(i -> i.IsA("Actor")).count(), "no actors were created");
    }

    @Test
    void anErrorInAParallelHandlerNamesTheScriptItHappenedInNotItsTwin() throws Exception {
        String source = "script.GetActor().BindToMessageParallel('go') { n -> if (n == script.Name) error('failed in ' + n) }\n";
        JobPlace p = new JobPlace("def a = script.Parent.A\n"
                + "task.wait(0.05)\n"
                + "a.SendMessage('go', 'Second')\n", "");
        pstudio.place.Actor a = new pstudio.place.Actor();
        a.setName("A");
        a.setParent(p.place.GetService("ServerScriptService"));
        for (String name : List.of("First", "Second")) {
            pstudio.place.Script s = new pstudio.place.Script();
            s.setName(name);
            s.setSource(source);
            s.setParent(a);
        }
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("failed in Second", errors.get(0).text());
        assertEquals("ServerScriptService.A.Second:1", errors.get(0).location());
    }
}
