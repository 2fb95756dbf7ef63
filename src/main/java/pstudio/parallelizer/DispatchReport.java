package pstudio.parallelizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pstudio.engine.ActorRuntime;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunContext;
import pstudio.engine.RunStatistics;
import pstudio.engine.TelemetrySnapshot;

/** The run report's "dispatches" and "actors" sections; an actor's figures are its telemetry counters. */
final class DispatchReport {
    private final List<Map<String, Object>> dispatches = new ArrayList<>();
    /** Every actor that ran a batch, also after its scheduler was destroyed. */
    private final Map<Integer, Ran> actors = new ConcurrentHashMap<>();

    /** An actor that ran a batch, named as it was then (Destroy takes it out of the place). */
    private record Ran(String name, ActorRuntime actor) {
    }

    DispatchReport(RunContext run) {
        run.statistics().addSection(section("dispatches", this::dispatchList));
        run.statistics().addSection(section("actors", this::actorList));
    }

    void batchRan(ActorRuntime actor) {
        if (!actors.containsKey(actor.id())) {
            actors.putIfAbsent(actor.id(), new Ran(actor.actor().GetFullName(), actor));
        }
    }

    void dispatchEnded(String name, int threadCount, int batchSize, int actorCount, long wallNanos,
                       DispatchStatus status, String crashChain) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("threadCount", threadCount);
        d.put("batchSize", batchSize);
        d.put("actorCount", actorCount);
        d.put("wallMillis", wallNanos / 1e6);
        d.put("status", DispatchHandle.text(status));
        d.put("crashChain", crashChain);
        synchronized (dispatches) {
            dispatches.add(d);
        }
    }

    private Object dispatchList() {
        synchronized (dispatches) {
            return List.copyOf(dispatches);
        }
    }

    private Object actorList() {
        List<Map<String, Object>> out = new ArrayList<>();
        new java.util.TreeMap<>(actors).forEach((id, ran) -> {
            TelemetrySnapshot.ActorSample f = ran.actor().sample();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", ran.name());
            m.put("batches", f.batchesDone());
            m.put("threads", f.threadsDone());
            m.put("busyMillis", f.busyNanos() / 1e6);
            m.put("errors", f.errors());
            out.add(m);
        });
        return out;
    }

    private static RunStatistics.ReportSection section(String name, java.util.function.Supplier<Object> snapshot) {
        return new RunStatistics.ReportSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object snapshot() {
                return snapshot.get();
            }
        };
    }
}
