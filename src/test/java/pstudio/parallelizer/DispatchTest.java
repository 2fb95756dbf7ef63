package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pstudio.engine.DispatchStatus;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.engine.WorkSpan;
import pstudio.place.Actor;
import pstudio.place.Instance;

/** DispatchAsync and DispatchEquallyAsync: every result, in id order, once, whatever the sizes. */
class DispatchTest {

    @Test
    void theGuidesExamplePrintsFirstThenEveryRootInIdOrder() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(64,
                "def RootInstruction = Parallelizer.CreateInstructionData([2])\n"
                + "JobScheduler.DispatchEquallyAsync('CalculateNthRoot', 1024, { result -> print(result) }, RootInstruction)\n"
                + "print('This will run before the dispatch has finished!')\n"),
                JobPlace.job("CalculateNthRoot", "{ id, inst -> id ** (1 / inst[1]) }")).runToEnd();
        List<String> prints = p.prints();
        assertEquals(2, prints.size(), p.output());
        assertEquals("This will run before the dispatch has finished!", prints.get(0));
        String expected = IntStream.rangeClosed(1, 1024).mapToObj(i -> {
            double r = Math.sqrt(i);
            return r == Math.rint(r) ? Integer.toString((int) r) : Double.toString(r);
        }).collect(Collectors.joining(", ", "[", "]"));
        assertEquals(expected, prints.get(1));
    }

    @ParameterizedTest(name = "{0} ids in batches of {1} over {2} actors")
    @CsvSource({"1000, 7, 64", "1001, 1, 3", "5, 10, 4", "64, 64, 1", "257, 16, 256"})
    void unevenBatchesLoseNoResultAndKeepIdOrder(int ids, int batchSize, int actors) throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(actors,
                "JobScheduler.DispatchAsync('Twice', " + ids + ", " + batchSize + ", { result ->\n"
                + "    def bad = (1.." + ids + ").findAll { result[it] != it * 2 }\n"
                + "    print(\"size=${result.size()} bad=${bad.size()} order=${result.toList() == (1.." + ids
                + ").collect { it * 2 }}\")\n"
                + "})\n"),
                JobPlace.job("Twice", "{ id, inst -> id * 2 }")).runToEnd();
        assertEquals(List.of("size=" + ids + " bad=0 order=true"), p.prints(), p.output());
    }

    @Test
    void equalDispatchUsesCeilOfIdsOverActorsAndHandsBatchesRoundRobin() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchEquallyAsync('Who', 10, { result -> print(result.toList().join(',')) })\n"),
                JobPlace.job("Who", "{ id, inst -> script.GetActor().Name }")).runToEnd();
        // ceil(10 / 4) = 3: ids 1-3 on actor 1, 4-6 on 2, 7-9 on 3, 10 on 4
        assertEquals(List.of("JobActor1,JobActor1,JobActor1,JobActor2,JobActor2,JobActor2,"
                + "JobActor3,JobActor3,JobActor3,JobActor4"), p.prints(), p.output());
        ParallelizerEvent.DispatchStarted started = p.events(ParallelizerEvent.DispatchStarted.class).get(0);
        assertEquals(3, started.batchSize());
    }

    @Test
    void moreBatchesThanActorsWrapAround() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(3,
                "JobScheduler.DispatchAsync('Who', 8, 1, { result -> print(result.toList().join(',')) })\n"),
                JobPlace.job("Who", "{ id, inst -> script.GetActor().Name.replace('JobActor', '') }")).runToEnd();
        assertEquals(List.of("1,2,3,1,2,3,1,2"), p.prints(), p.output());
    }

    @Test
    void twoDispatchesInFlightOnOneSchedulerDoNotCollide() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(8,
                "def a = JobScheduler.DispatchAsync('Square', 500, 3, { r -> print('squares ' + (r[500] == 250000) + ' ' + r.size()) })\n"
                + "def b = JobScheduler.DispatchAsync('Negate', 300, 5, { r -> print('negatives ' + (r[300] == -300) + ' ' + r.size()) })\n"
                + "def c = JobScheduler.DispatchAsync('Square', 20, 1, { r -> print('small ' + r.toList()) })\n"
                + "print([a.Wait(), b.Wait(), c.Wait()])\n"),
                "def Actor = script.GetActor()\nif (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(Actor, 'Square') { id, inst -> id * id }\n"
                + "P.CreateThread(Actor, 'Negate') { id, inst -> -id }\n").runToEnd();
        List<String> prints = p.prints();
        assertTrue(prints.contains("squares true 500"), p.output());
        assertTrue(prints.contains("negatives true 300"), p.output());
        assertTrue(prints.contains("small " + IntStream.rangeClosed(1, 20).map(i -> i * i).boxed().toList()),
                p.output());
        assertTrue(prints.contains("[Finished, Finished, Finished]"), p.output());
        assertEquals(3, p.events(ParallelizerEvent.DispatchEnded.class).stream()
                .filter(e -> e.status() == DispatchStatus.FINISHED).count());
    }

    @Test
    void resultToListIsAListTheScriptMayChange() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "JobScheduler.DispatchAsync('Parity', 6, 2, { r ->\n"
                + "    def parities = r.toList().unique()\n"
                + "    parities << 'more'\n"
                + "    print(parities.join(',') + ' ' + r)\n"
                + "})\n"),
                JobPlace.job("Parity", "{ id, inst -> id % 2 }")).runToEnd();
        assertEquals(List.of("1,0,more [1, 0, 1, 0, 1, 0]"), p.prints(), p.output());
    }

    @Test
    void zeroThreadsCallsBackWithAnEmptyResult() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchEquallyAsync('Any', 0, { r -> print('empty ' + r.size() + ' ' + r) })\n"),
                JobPlace.job("Any", "{ id, inst -> id }")).runToEnd();
        assertEquals(List.of("empty 0 []"), p.prints(), p.output());
    }

    @Test
    void theClonesTopLevelRunsInItsActorBeforeCreateJobSchedulerReturns() throws Exception {
        JobPlace p = new JobPlace(
                "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = P.CreateJobScheduler(script.Job, 5, script)\n"
                + "print('returned with ' + js.Actors.size() + ' actors')\n"
                + "print(js.Actors.collect { it.Name + '/' + it.GetChildren()[0].Name + '/' + it.GetChildren()[0].Disabled }.join(' '))\n",
                "print('job in ' + script.GetActor().Name)\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(script.GetActor(), 'T') { id, inst -> id }\n").runToEnd();
        assertEquals(List.of("job in JobActor1", "job in JobActor2", "job in JobActor3", "job in JobActor4",
                "job in JobActor5", "returned with 5 actors",
                "JobActor1/Job/false JobActor2/Job/false JobActor3/Job/false JobActor4/Job/false JobActor5/Job/false"),
                p.prints(), p.output());
        Instance master = p.run.place().GetService("ServerScriptService").FindFirstChild("Master");
        assertEquals(5, master.GetChildren().stream().filter(c -> c instanceof Actor).count());
        assertEquals(5, p.events(RunEvent.ActorCreated.class).size());
    }

    @Test
    void batchesRunInParallelWhereWritesAreRefused() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "JobScheduler.DispatchEquallyAsync('Rename', 2, { r -> print('unreachable') })\n"),
                JobPlace.job("Rename", "{ id, inst -> script.Name = 'x' + id }")).runToEnd();
        List<OutputMessage> errors = p.errors();
        assertTrue(errors.stream().anyMatch(e -> e.text().contains("in parallel")
                && e.text().contains("task.synchronize()")), p.output());
        assertTrue(p.prints().isEmpty(), p.output());
    }

    @Test
    void everyBatchIsASpanWithItsActorDispatchAndRange() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchAsync('T', 10, 3, { r -> })\n"),
                JobPlace.job("T", "{ id, inst -> id }")).runToEnd();
        List<WorkSpan> batches = p.batchSpans();
        assertEquals(4, batches.size());
        assertEquals(List.of("1-3", "4-6", "7-9", "10-10"), batches.stream()
                .sorted(java.util.Comparator.comparingInt(WorkSpan::firstId))
                .map(b -> b.firstId() + "-" + b.lastId()).toList());
        long dispatch = p.events(ParallelizerEvent.DispatchStarted.class).get(0).dispatchId();
        List<Integer> actorIds = p.events(RunEvent.ActorCreated.class).stream().map(RunEvent.ActorCreated::actorId)
                .toList();
        for (WorkSpan b : batches) {
            assertEquals(dispatch, b.dispatchId());
            assertTrue(actorIds.contains(b.actorId()), b.toString());
            assertTrue(b.endNanos() >= b.startNanos() && b.startNanos() > 0, b.toString());
            assertFalse(b.failed());
        }
    }
}
