package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.runtime.MethodClosure;
import org.junit.jupiter.api.Test;

class PlaceTemplatesTest {
    private final DataModel place = PlaceTemplates.newPlace();
    private final ModuleScript module =
            (ModuleScript) place.GetService("ReplicatedStorage").FindFirstChild("Parallelizer");
    private final Script master = (Script) place.GetService("ServerScriptService").FindFirstChild("Master");

    /** Stands in for the engine's Parallelizer library: records what the template scripts ask of it. */
    public static final class FakeParallelizer {
        final List<String> calls = new ArrayList<>();
        Closure<?> thread;
        private final ModuleScript expectedModule;

        FakeParallelizer(ModuleScript expectedModule) {
            this.expectedModule = expectedModule;
        }

        public Object require(Object required) {
            assertSame(expectedModule, required);
            return this;
        }

        public Object CreateJobScheduler(Instance job, int actors, Instance storage) {
            calls.add("CreateJobScheduler(" + job.GetFullName() + ", " + actors + ", " + storage.GetFullName() + ")");
            return this;
        }

        public Object CreateInstructionData(List<?> data) {
            calls.add("CreateInstructionData(" + data + ")");
            return data;
        }

        public void DispatchEquallyAsync(String threadName, int threads, Closure<?> callback, Object instructions) {
            calls.add("DispatchEquallyAsync(" + threadName + ", " + threads + ", " + instructions + ")");
        }

        public void CreateThread(Actor actor, String threadName, Closure<?> body) {
            calls.add("CreateThread(" + actor.getName() + ", " + threadName + ")");
            thread = body;
        }
    }

    /** What the engine gives a job script in an actor: {@code script.GetActor()}. */
    public static final class JobInActor {
        private final Actor actor;

        JobInActor(Actor actor) {
            this.actor = actor;
        }

        public Actor GetActor() {
            return actor;
        }
    }

    private FakeParallelizer run(String source, Object script) {
        FakeParallelizer parallelizer = new FakeParallelizer(module);
        Binding binding = new Binding();
        binding.setVariable("game", place);
        binding.setVariable("script", script);
        binding.setVariable("require", new MethodClosure(parallelizer, "require"));
        new GroovyShell(binding).evaluate(source, "Template.groovy");
        return parallelizer;
    }

    @Test
    void theNewPlaceHasEveryServiceAndTheParallelizerBridge() {
        assertEquals(DataModel.SERVICES, place.GetChildren().stream().map(Instance::getClassName).toList());
        assertEquals("return Parallelizer", module.getSource());
    }

    @Test
    void theMasterIsEnabledAndItsJobIsADisabledScriptBelowIt() {
        Script job = assertInstanceOf(Script.class, master.FindFirstChild("Job"));

        assertFalse(master.isDisabled());
        assertTrue(job.isDisabled());
        assertEquals(List.of(job), master.GetChildren());
    }

    @Test
    void theMasterCreatesASchedulerForItsJobAndDispatches() {
        FakeParallelizer parallelizer = run(master.getSource(), master);

        assertEquals(List.of(
                "CreateJobScheduler(ServerScriptService.Master.Job, 64, ServerScriptService.Master)",
                "CreateInstructionData([2])",
                "DispatchEquallyAsync(CalculateNthRoot, 1024, [2])"), parallelizer.calls);
    }

    @Test
    void theJobCreatesAThreadThatTakesTheNthRootOfItsId() {
        Script job = (Script) master.FindFirstChild("Job");
        Actor actor = new Actor();

        FakeParallelizer parallelizer = run(job.getSource(), new JobInActor(actor));

        assertEquals(List.of("CreateThread(Actor, CalculateNthRoot)"), parallelizer.calls);
        // instruction data is indexed from 1, as a SharedTable is in the Luau guide
        assertEquals(4.0, ((Number) parallelizer.thread.call(16, Map.of(1, 2))).doubleValue(), 1e-12);
    }

    @Test
    void theJobDoesNothingOutsideAnActor() {
        Script job = (Script) master.FindFirstChild("Job");

        FakeParallelizer parallelizer = run(job.getSource(), new JobInActor(null));

        assertEquals(List.of(), parallelizer.calls);
        assertNull(parallelizer.thread);
    }
}
