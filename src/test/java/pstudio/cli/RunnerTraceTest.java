package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.json.JsonSlurper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --trace FILE}: the run as Chrome trace-event JSON that Perfetto and chrome://tracing open. */
@SuppressWarnings("unchecked")
class RunnerTraceTest {
    @TempDir
    Path dir;

    private List<Map<String, Object>> trace(RunnerInvocation r, Path file) {
        assertTrue(file.toFile().isFile(), "no trace written\n" + r.transcript());
        Map<String, Object> json = (Map<String, Object>) new JsonSlurper().parse(file.toFile());
        return (List<Map<String, Object>>) json.get("traceEvents");
    }

    private static List<Map<String, Object>> phase(List<Map<String, Object>> events, String ph) {
        return events.stream().filter(e -> ph.equals(e.get("ph"))).toList();
    }

    @Test
    void aDispatchIsAnAsyncSpanAndEachBatchACompleteEventOnItsWorkersTrack() {
        Path file = dir.resolve("run.trace.json");
        RunnerInvocation r = RunnerInvocation.run("dispatch.place", "--trace", file.toString());
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        List<Map<String, Object>> events = trace(r, file);

        List<Map<String, Object>> meta = phase(events, "M");
        assertTrue(meta.stream().anyMatch(m -> m.get("name").equals("process_name")
                && ((Map<String, Object>) m.get("args")).get("name").equals("dispatch.place")), meta.toString());
        Set<Object> namedTracks = meta.stream().filter(m -> m.get("name").equals("thread_name"))
                .map(m -> m.get("tid")).collect(Collectors.toSet());

        List<Map<String, Object>> batches = phase(events, "X");
        assertEquals(List.of("1-3", "10-10", "4-6", "7-9"), batches.stream().map(b -> {
            Map<String, Object> args = (Map<String, Object>) b.get("args");
            return args.get("firstId") + "-" + args.get("lastId");
        }).sorted().toList());
        for (Map<String, Object> b : batches) {
            assertTrue(namedTracks.contains(b.get("tid")), "each worker's track is named: " + b);
            assertTrue(((Number) b.get("dur")).doubleValue() >= 0 && ((Number) b.get("ts")).doubleValue() > 0);
            assertTrue(((String) ((Map<String, Object>) b.get("args")).get("actor")).contains("JobActor"), b.toString());
        }

        List<Map<String, Object>> begins = phase(events, "b");
        List<Map<String, Object>> ends = phase(events, "e");
        assertEquals(1, begins.size(), events.toString());
        assertEquals(1, ends.size());
        assertEquals(begins.get(0).get("id"), ends.get(0).get("id"));
        assertEquals("dispatch", begins.get(0).get("cat"));
        assertEquals(begins.get(0).get("name"), ends.get(0).get("name"));
        assertEquals("FINISHED", ((Map<String, Object>) ends.get(0).get("args")).get("status"));

        Set<Object> counters = phase(events, "C").stream().map(c -> c.get("name")).collect(Collectors.toSet());
        assertEquals(Set.of("busy actors", "queue depth"), counters);
    }

    @Test
    void aCrashChainIsAnInstantEvent() {
        Path file = dir.resolve("chain.trace.json");
        RunnerInvocation r = RunnerInvocation.run("crash-chain.place", "--trace", file.toString());
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        List<Map<String, Object>> chains = phase(trace(r, file), "i").stream()
                .filter(e -> e.get("name").equals("crash chain")).toList();
        assertEquals(1, chains.size());
        assertTrue(((String) ((Map<String, Object>) chains.get(0).get("args")).get("summary"))
                .startsWith("crash chain: "));
    }

    @Test
    void aTraceThatCannotBeWrittenIsBadUsage() {
        RunnerInvocation r = RunnerInvocation.run("clean.place", "--trace", dir.resolve("no/such/dir/t.json").toString());
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("cannot write the trace"), r.transcript());
    }
}
