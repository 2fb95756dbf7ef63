package pstudio.protocol;

import groovy.json.JsonOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pstudio.engine.RunEvent;
import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.ParallelizerEvent;

/**
 * A run as Chrome trace-event JSON ({@code {"traceEvents":[...]}}) for Perfetto UI and
 * chrome://tracing ({@code studio run --trace FILE}, and the studio's File > Export Trace), made from what the engine process sends: its lifecycle
 * events and its telemetry samples. One track per worker thread with each batch (and message
 * handler) as a complete event, dispatches as async spans, crash chains and failed threads as
 * instant events, busy actors and queue depth as counters. Streamed: each sample's spans are
 * written as it arrives, so a million batches never sit in memory. Called on one thread at a time.
 */
public final class TraceWriter implements AutoCloseable {
    private static final int PID = 1;
    /** The track of run-wide events (dispatches, state); workers are 1, 2, ... */
    private static final int RUN_TID = 0;

    private final BufferedWriter out;
    private final Map<Integer, String> actorNames = new HashMap<>();
    private final Map<Long, String> dispatchNames = new HashMap<>();
    private final Set<Integer> namedWorkers = new HashSet<>();
    private long lostSpans;
    /** The counters' last written values: a sample is written only when one changed. */
    private int lastBusy = -1;
    private int lastQueue = -1;
    private boolean first = true;
    private IOException failure;

    public TraceWriter(Path file, String processName) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write("{\"traceEvents\":[\n");
        metadata("process_name", RUN_TID, processName);
        metadata("thread_name", RUN_TID, "run");
    }

    public synchronized void onMessage(EngineMessage message) {
        if (message instanceof EngineMessage.Lifecycle l) {
            lifecycle(l.event());
        } else if (message instanceof EngineMessage.StateChanged s) {
            instant("run " + s.state().name().toLowerCase(Locale.ROOT), s.runNanos(), "g", "{}");
        } else if (message instanceof EngineMessage.Telemetry t) {
            telemetry(t);
        }
    }

    private void lifecycle(Record e) {
        if (e instanceof RunEvent.ActorCreated a) {
            actorNames.put(a.actorId(), a.actor());
        } else if (e instanceof ParallelizerEvent.DispatchStarted d) {
            String name = "dispatch " + d.dispatchId() + " '" + d.threadName() + "'";
            dispatchNames.put(d.dispatchId(), name);
            write("{\"ph\":\"b\",\"cat\":\"dispatch\",\"id\":" + d.dispatchId() + ",\"name\":" + str(name)
                    + ",\"ts\":" + micros(d.atNanos()) + ",\"pid\":" + PID + ",\"tid\":" + RUN_TID
                    + ",\"args\":{\"threadCount\":" + d.threadCount() + ",\"batchSize\":" + d.batchSize()
                    + ",\"actorCount\":" + d.actorCount() + ",\"calledAt\":" + str(where(d.script(), d.line()))
                    + "}}");
        } else if (e instanceof ParallelizerEvent.DispatchEnded d) {
            String name = dispatchNames.remove(d.dispatchId());
            if (name != null) {
                write("{\"ph\":\"e\",\"cat\":\"dispatch\",\"id\":" + d.dispatchId() + ",\"name\":" + str(name)
                        + ",\"ts\":" + micros(d.atNanos()) + ",\"pid\":" + PID + ",\"tid\":" + RUN_TID
                        + ",\"args\":{\"status\":" + str(d.status().name()) + ",\"done\":" + d.done()
                        + ",\"failed\":" + d.failed() + ",\"cancelled\":" + d.cancelled() + "}}");
            }
        } else if (e instanceof ParallelizerEvent.CrashChain c) {
            instant("crash chain", c.atNanos(), "g", "{\"summary\":" + str(c.summary()) + ",\"dispatch\":"
                    + c.dispatchId() + ",\"actors\":" + c.failures().size() + "}");
        } else if (e instanceof ParallelizerEvent.ThreadFailed f) {
            instant("thread " + f.threadId() + " failed", f.atNanos(), "p", "{\"actor\":" + str(f.actor())
                    + ",\"dispatch\":" + f.dispatchId() + ",\"at\":" + str(where(f.script(), f.line()))
                    + ",\"message\":" + str(f.message()) + "}");
        }
    }

    /** Writes the sample's spans and each counter that changed. */
    private void telemetry(EngineMessage.Telemetry sample) {
        lostSpans += sample.spansLost();
        List<RunTelemetry.Worker> workers = sample.workers();
        for (WorkSpan s : sample.spans()) {
            if (namedWorkers.add(s.worker())) {
                String thread = s.worker() < workers.size() ? workers.get(s.worker()).threadName() : "worker " + s.worker();
                metadata("thread_name", s.worker() + 1, thread);
            }
            String name = s.kind() == SpanKind.BATCH ? "batch " + s.firstId() + "-" + s.lastId()
                    : s.kind().name().toLowerCase(Locale.ROOT);
            write("{\"ph\":\"X\",\"cat\":" + str(s.kind().name().toLowerCase(Locale.ROOT)) + ",\"name\":" + str(name)
                    + ",\"ts\":" + micros(s.startNanos()) + ",\"dur\":" + micros(s.endNanos() - s.startNanos())
                    + ",\"pid\":" + PID + ",\"tid\":" + (s.worker() + 1)
                    + ",\"args\":{\"actor\":" + str(actorNames.getOrDefault(s.actorId(), "actor " + s.actorId()))
                    + ",\"dispatch\":" + s.dispatchId() + ",\"firstId\":" + s.firstId() + ",\"lastId\":" + s.lastId()
                    + ",\"failed\":" + s.failed() + "}}");
        }
        TelemetrySnapshot now = sample.snapshot();
        if (now.busyActors() != lastBusy) {
            lastBusy = now.busyActors();
            write("{\"ph\":\"C\",\"name\":\"busy actors\",\"ts\":" + micros(now.atNanos()) + ",\"pid\":" + PID
                    + ",\"args\":{\"busy\":" + lastBusy + "}}");
        }
        if (now.queueDepth() != lastQueue) {
            lastQueue = now.queueDepth();
            write("{\"ph\":\"C\",\"name\":\"queue depth\",\"ts\":" + micros(now.atNanos()) + ",\"pid\":" + PID
                    + ",\"args\":{\"actors\":" + lastQueue + "}}");
        }
    }

    /** Ends the file; call after the engine has sent its last sample. Throws what went wrong writing. */
    @Override
    public synchronized void close() throws IOException {
        if (lostSpans > 0) {
            metadata("trace_note", RUN_TID, String.format("%,d batches were overwritten in their ring before they"
                    + " were written", lostSpans));
        }
        try {
            out.write("\n]}\n");
            out.close();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void instant(String name, long atNanos, String scope, String args) {
        write("{\"ph\":\"i\",\"s\":\"" + scope + "\",\"name\":" + str(name) + ",\"ts\":" + micros(atNanos)
                + ",\"pid\":" + PID + ",\"tid\":" + RUN_TID + ",\"args\":" + args + "}");
    }

    private void metadata(String kind, int tid, String name) {
        write("{\"ph\":\"M\",\"name\":\"" + kind + "\",\"pid\":" + PID + ",\"tid\":" + tid + ",\"args\":{\"name\":"
                + str(name) + "}}");
    }

    private void write(String event) {
        if (failure != null) {
            return;
        }
        try {
            if (!first) {
                out.write(",\n");
            }
            first = false;
            out.write(event);
        } catch (IOException e) {
            failure = e;
        }
    }

    private static String where(String script, int line) {
        return script == null ? "" : line > 0 ? script + ":" + line : script;
    }

    /** Run-clock nanoseconds as the microseconds trace events count in, to the nanosecond. */
    private static String micros(long nanos) {
        long frac = nanos % 1000;
        return (nanos / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }

    private static String str(String s) {
        return JsonOutput.toJson(s);
    }
}
