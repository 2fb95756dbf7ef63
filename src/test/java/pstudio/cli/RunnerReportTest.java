package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.json.JsonSlurper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report FILE}: the JSON summary names what ran, what failed, each dispatch and each actor. */
@SuppressWarnings("unchecked")
class RunnerReportTest {
    @TempDir
    Path dir;

    private Map<String, Object> report(RunnerInvocation r, Path file) {
        assertTrue(file.toFile().isFile(), "no report written\n" + r.transcript());
        return (Map<String, Object>) new JsonSlurper().parse(file.toFile());
    }

    @Test
    void aCleanDispatchRunReportsWallTimeScriptsDispatchAndActors() {
        Path file = dir.resolve("report.json");
        RunnerInvocation r = RunnerInvocation.run("dispatch.place", "--report", file.toString());
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        assertEquals(List.of("[2, 4, 6, 8, 10, 12, 14, 16, 18, 20]"), r.stdoutLines(), r.transcript());
        Map<String, Object> json = report(r, file);
        assertTrue(((String) json.get("place")).endsWith("dispatch.place"), json.toString());
        assertEquals(0, json.get("exitStatus"));
        assertEquals(false, json.get("timedOut"));
        assertEquals(2, json.get("workers"));
        assertTrue(((Number) json.get("wallMillis")).longValue() >= 0, json.toString());
        assertEquals(5, json.get("scriptsStarted"), "the master and its four job clones: " + json);
        assertEquals(4, json.get("actorsCreated"));
        assertEquals(0, json.get("errorCount"));
        assertEquals(List.of(), json.get("errors"));
        List<Map<String, Object>> dispatches = (List<Map<String, Object>>) json.get("dispatches");
        assertEquals(1, dispatches.size(), json.toString());
        Map<String, Object> d = dispatches.get(0);
        assertEquals("Double", d.get("name"));
        assertEquals(10, d.get("threadCount"));
        assertEquals(3, d.get("batchSize"));
        assertEquals(4, d.get("actorCount"));
        assertEquals("Finished", d.get("status"));
        assertNull(d.get("crashChain"));
        List<Map<String, Object>> actors = (List<Map<String, Object>>) json.get("actors");
        assertEquals(4, actors.size());
        assertEquals("ServerScriptService.Master.JobActor1", actors.get(0).get("actor"));
        assertEquals(10, actors.stream().mapToInt(a -> ((Number) a.get("threads")).intValue()).sum());
        assertEquals(4, actors.stream().mapToInt(a -> ((Number) a.get("batches")).intValue()).sum(),
                "ids 1-3, 4-6, 7-9 and 10: four batches");
    }

    @Test
    void aScriptErrorIsListedWithItsLocationAndMessage() {
        Path file = dir.resolve("errors.json");
        RunnerInvocation r = RunnerInvocation.run("script-error.place", "--report", file.toString());
        Map<String, Object> json = report(r, file);
        assertEquals(1, json.get("exitStatus"));
        assertEquals(2, json.get("scriptsStarted"));
        assertEquals(1, json.get("errorCount"));
        assertEquals(List.of(Map.of("location", "ServerScriptService.Master:2", "message", "boom")), json.get("errors"));
    }

    @Test
    void aCrashChainIsNamedByItsDispatch() {
        Path file = dir.resolve("chain.json");
        RunnerInvocation r = RunnerInvocation.run("crash-chain.place", "--report", file.toString());
        Map<String, Object> json = report(r, file);
        assertEquals(1, json.get("exitStatus"));
        Map<String, Object> d = ((List<Map<String, Object>>) json.get("dispatches")).get(0);
        assertEquals("Failed", d.get("status"));
        String chain = (String) d.get("crashChain");
        assertTrue(chain.startsWith("crash chain: ") && chain.contains("at ServerScriptService.Master.Job:5 in 8 of 8 actors"),
                chain);
    }

    @Test
    void aTimedOutRunSaysSoInTheReport() {
        Path file = dir.resolve("timeout.json");
        RunnerInvocation r = RunnerInvocation.run("spin.place", "--timeout", "0.3", "--report", file.toString());
        assertEquals(RunCommand.TIMED_OUT, r.status(), r.transcript());
        Map<String, Object> json = report(r, file);
        assertEquals(3, json.get("exitStatus"));
        assertEquals(true, json.get("timedOut"));
    }

    @Test
    void anUnwritableReportIsBadInput() {
        Path file = dir.resolve("missing-folder").resolve("report.json");
        RunnerInvocation r = RunnerInvocation.run("clean.place", "--report", file.toString());
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("cannot write the report") && r.stderr().contains("report.json"), r.transcript());
    }
}
