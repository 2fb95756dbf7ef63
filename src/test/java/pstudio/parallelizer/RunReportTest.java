package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run report lists each dispatch and each actor's figures. */
class RunReportTest {
    @Test
    @SuppressWarnings("unchecked")
    void reportHasDispatchesAndPerActorFigures() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchAsync('T', 10, 2, { r -> }).Wait()\n"
                + "JobScheduler.DispatchAsync('Bad', 4, 1, { r -> }).Wait()\n"),
                "def Actor = script.GetActor()\nif (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(Actor, 'T') { id, inst -> id }\n"
                + "P.CreateThread(Actor, 'Bad') { id, inst -> error('no') }\n").runToEnd();
        Map<String, Object> report = p.run.statistics().toMap();
        List<Map<String, Object>> dispatches = (List<Map<String, Object>>) report.get("dispatches");
        assertEquals(2, dispatches.size());
        Map<String, Object> first = dispatches.get(0);
        assertEquals("T", first.get("name"));
        assertEquals(10, first.get("threadCount"));
        assertEquals(2, first.get("batchSize"));
        assertEquals(4, first.get("actorCount"));
        assertEquals("Finished", first.get("status"));
        assertNotNull(first.get("wallMillis"));
        Map<String, Object> second = dispatches.get(1);
        assertEquals("Failed", second.get("status"));
        assertTrue(((String) second.get("crashChain")).startsWith("crash chain:"), String.valueOf(second));
        List<Map<String, Object>> actors = (List<Map<String, Object>>) report.get("actors");
        assertEquals(4, actors.size());
        long threads = actors.stream().mapToLong(a -> (Long) a.get("threads")).sum();
        assertEquals(10, threads, "every successful thread is counted once");
        long errors = actors.stream().mapToLong(a -> (Long) a.get("errors")).sum();
        assertEquals(4, errors);
        assertEquals("ServerScriptService.Master.JobActor1", actors.get(0).get("actor"));
        assertEquals(4, report.get("errorCount"));
    }
}
