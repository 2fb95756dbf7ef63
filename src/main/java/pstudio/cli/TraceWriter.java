package pstudio.cli;

import groovy.json.JsonOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pstudio.engine.Run;
import pstudio.engine.RunEvent;
import pstudio.engine.RunListener;
import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanBatch;
import pstudio.engine.SpanCursor;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.ParallelizerEvent;

/**
 * {@code studio run --trace FILE}: the run as Chrome trace-event JSON ({@code {"traceEvents":[...]}}),
 * for Perfetto UI and chrome://tracing. One track per worker thread with each batch (and message
 * handler) as a complete event, dispatches as async spans, crash chains and failed threads as
 * instant events, busy actors and queue depth as counters. Streamed: spans are drained from the
 * run's rings every {@link #DRAIN_MILLIS} ms and written at once, so a million batches never sit in memory.
 */
final class TraceWriter implements RunListener, AutoCloseable {
    static final long DRAIN_MILLIS = 50;
    private static final int PID = 1;
    /** The track of run-wide events (dispatches, state); workers are 1, 2, ... */
    private static final int RUN_TID = 0;

    private final BufferedWriter out;
    private final RunTelemetry telemetry;
    private final Thread drainer;
    private final Map<Integer, String> actorNames = new ConcurrentHashMap<>();
    private final Map<Long, String> dispatchNames = new ConcurrentHashMap<>();
    private final Set<Integer> namedWorkers = new HashSet<>();
    private SpanCursor cursor = SpanCursor.START;
    private long lostSpans;
    /** The counters' last written values: a sample is written only when one changed. */
    private int lastBusy = -1;
    private int lastQueue = -1;
    private boolean first = true;
    private volatile boolean closing;
    private IOException failure;

    TraceWriter(Path file, String processName, Run run) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.telemetry = run.telemetry();
        out.write("{\"traceEvents\":[\n");
        metadata("process_name", RUN_TID, processName);
        metadata("thread_name", RUN_TID, "run");
        drainer = new Thread(this::drainLoop, "runner-trace");
        drainer.setDaemon(true);
    }

    void start() {
        drainer.start();
    }

    @Override
    public void onEvents(List<RunEvent> events) {
        for (RunEvent e : events) {
            lifecycle(e);
        }
    }

    private void lifecycle(RunEvent e) {
        if (e instanceof RunEvent.ActorCreated a) {
            actorNames.put(a.actorId(), a.actor());
        } else if (e instanceof RunEvent.StateChanged s) {
            instant("run " + s.state().name().toLowerCase(Locale.ROOT), s.atNanos(), "g", "{}");
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

    private void drainLoop() {
        while (!closing) {
            try {
                Thread.sleep(DRAIN_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            drain();
        }
    }

    /** Writes the spans recorded since the last drain and one sample of each counter. */
    private synchronized void drain() {
        SpanBatch batch = telemetry.drainSpans(cursor);
        cursor = batch.next();
        lostSpans += batch.lost();
        if (batch.spans().isEmpty() && closing) {
            return;
        }
        List<RunTelemetry.Worker> workers = telemetry.workers();
        for (WorkSpan s : batch.spans()) {
            if (namedWorkers.add(s.worker())) {
                metadata("thread_name", s.worker() + 1, workers.get(s.worker()).threadName());
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
        TelemetrySnapshot now = telemetry.snapshot();
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

    /** Ends the file after the last spans; call after the run has stopped. Throws what went wrong writing. */
    @Override
    public void close() throws IOException {
        closing = true;
        drainer.interrupt();
        try {
            drainer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finish();
    }

    private synchronized void finish() throws IOException {
        drain();
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

    /** Called from the publisher and the drain thread alike. */
    private synchronized void write(String event) {
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
