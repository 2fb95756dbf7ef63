package pstudio.parallelizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import pstudio.engine.ActorRuntime;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunContext;
import pstudio.engine.RunStatistics;

/** The run report's "dispatches" and "actors" sections. */
final class DispatchReport {
    private final List<Map<String, Object>> dispatches = new ArrayList<>();
    private final Map<Integer, ActorFigures> actors = new ConcurrentHashMap<>();

    DispatchReport(RunContext run) {
        run.statistics().addSection(section("dispatches", this::dispatchList));
        run.statistics().addSection(section("actors", this::actorList));
    }

    void batchRan(ActorRuntime actor, int threads, long nanos, boolean failed) {
        ActorFigures f = actors.computeIfAbsent(actor.id(), id -> new ActorFigures(actor.actor().GetFullName()));
        f.batches.increment();
        f.threads.add(threads);
        f.busyNanos.add(nanos);
        if (failed) {
            f.errors.increment();
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
        new java.util.TreeMap<>(actors).forEach((id, f) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", f.name);
            m.put("batches", f.batches.sum());
            m.put("threads", f.threads.sum());
            m.put("busyMillis", f.busyNanos.sum() / 1e6);
            m.put("errors", f.errors.sum());
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

    private static final class ActorFigures {
        final String name;
        final LongAdder batches = new LongAdder();
        final LongAdder threads = new LongAdder();
        final LongAdder busyNanos = new LongAdder();
        final LongAdder errors = new LongAdder();

        ActorFigures(String name) {
            this.name = name;
        }
    }
}
