package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.DispatchStatus;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.engine.SpanKind;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;

/**
 * The run's dispatches, filled on the reader thread from lifecycle events (start, end, crash chain)
 * and telemetry (exact progress counters, batch spans for busy time); the FX thread takes
 * {@link #rows()} once per frame when {@link #version()} moved. No JavaFX here.
 */
public final class DispatchHistory implements RunObserver {
    private final Map<Long, Entry> dispatches = new LinkedHashMap<>();
    private final Map<Long, String> schedulers = new HashMap<>();
    private final List<DispatchSweep> sweeps = new ArrayList<>();
    private int workers;
    private long nowNanos;
    private long version;
    private volatile RunCommands commands = RunCommands.NONE;
    private volatile boolean alive;

    /** The run's worker count, for utilisation before the first telemetry names the workers. */
    public synchronized void setWorkers(int workers) {
        this.workers = workers;
    }

    @Override
    public synchronized void runStarted(RunCommands commands) {
        dispatches.clear();
        schedulers.clear();
        sweeps.forEach(DispatchSweep::cancel);
        sweeps.clear();
        nowNanos = 0;
        version++;
        this.commands = commands;
        alive = true;
    }

    @Override
    public synchronized void runEnded() {
        alive = false;
        sweeps.forEach(DispatchSweep::cancel);
        for (Entry e : dispatches.values()) {
            if (e.status == DispatchRow.Status.RUNNING) {
                e.status = DispatchRow.Status.CANCELLED;
            }
        }
        version++;
    }

    public boolean alive() {
        return alive;
    }

    public RunCommands commands() {
        return commands;
    }

    @Override
    public void onMessage(EngineMessage message) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (message instanceof EngineMessage.Lifecycle lifecycle) {
                lifecycle(lifecycle.event(), after);
            } else if (message instanceof EngineMessage.Telemetry telemetry) {
                telemetry(telemetry);
            } else if (message instanceof EngineMessage.DispatchAgainResult result) {
                for (DispatchSweep sweep : sweeps) {
                    after.add(() -> sweep.onResult(result));
                }
            }
        }
        // Sweeps send their next command outside the lock; sending never blocks.
        after.forEach(Runnable::run);
    }

    private void lifecycle(Record event, List<Runnable> after) {
        if (event instanceof ParallelizerEvent.SchedulerCreated created) {
            schedulers.put(created.schedulerId(), created.jobScript());
        } else if (event instanceof ParallelizerEvent.DispatchStarted started) {
            dispatches.put(started.dispatchId(), new Entry(started, schedulers.get(started.schedulerId())));
            nowNanos = Math.max(nowNanos, started.atNanos());
            version++;
        } else if (event instanceof ParallelizerEvent.DispatchEnded ended) {
            Entry e = dispatches.get(ended.dispatchId());
            if (e != null) {
                if (e.status != DispatchRow.Status.CRASH_CHAIN) {
                    e.status = status(ended.status());
                }
                e.endNanos = e.startNanos + ended.wallNanos();
                e.done = ended.done();
                e.failed = ended.failed();
                version++;
                DispatchRow row = e.row(this.workers, nowNanos);
                for (DispatchSweep sweep : sweeps) {
                    after.add(() -> sweep.onEnded(row));
                }
            }
        } else if (event instanceof ParallelizerEvent.CrashChain chain) {
            Entry e = dispatches.get(chain.dispatchId());
            if (e != null) {
                e.status = DispatchRow.Status.CRASH_CHAIN;
                version++;
            }
        }
    }

    private void telemetry(EngineMessage.Telemetry telemetry) {
        TelemetrySnapshot snapshot = telemetry.snapshot();
        if (!telemetry.workers().isEmpty()) {
            workers = telemetry.workers().size();
        }
        nowNanos = Math.max(nowNanos, snapshot.atNanos());
        for (TelemetrySnapshot.LibrarySample sample : snapshot.library()) {
            if (sample instanceof DispatchProgress progress) {
                Entry e = dispatches.get(progress.dispatchId());
                if (e != null && e.endNanos < 0) {
                    e.done = progress.done();
                    e.failed = progress.failed();
                }
            }
        }
        for (WorkSpan span : telemetry.spans()) {
            if (span.kind() != SpanKind.BATCH) {
                continue;
            }
            Entry e = dispatches.get(span.dispatchId()); // the stream brings a dispatch before its batches
            if (e != null) {
                e.busyNanos += span.endNanos() - span.startNanos();
            }
        }
        version++;
    }

    private static DispatchRow.Status status(DispatchStatus status) {
        switch (status) {
            case FINISHED:
                return DispatchRow.Status.DONE;
            case FAILED:
                return DispatchRow.Status.FAILED;
            case CANCELLED:
                return DispatchRow.Status.CANCELLED;
            default:
                return DispatchRow.Status.RUNNING;
        }
    }

    /** Changes whenever a row may have changed. */
    public synchronized long version() {
        return version;
    }

    public synchronized List<DispatchRow> rows() {
        List<DispatchRow> rows = new ArrayList<>(dispatches.size());
        for (Entry e : dispatches.values()) {
            rows.add(e.row(workers, nowNanos));
        }
        return rows;
    }

    /** The latest row of dispatch {@code id}, or null. */
    public synchronized DispatchRow row(long id) {
        Entry e = dispatches.get(id);
        return e == null ? null : e.row(workers, nowNanos);
    }

    /** Starts a sweep of {@code source} in this run; its progress comes from this history's events. */
    public DispatchSweep sweep(DispatchRow source, int repeats) {
        DispatchSweep sweep = new DispatchSweep(source, repeats, commands, this::row);
        synchronized (this) {
            sweeps.removeIf(DispatchSweep::finished);
            sweeps.add(sweep);
        }
        sweep.start();
        return sweep;
    }

    /** What the history knows of one dispatch; changed only under the history's lock. */
    private static final class Entry {
        final ParallelizerEvent.DispatchStarted started;
        final String scheduler;
        final long startNanos;
        long endNanos = -1;
        DispatchRow.Status status = DispatchRow.Status.RUNNING;
        long done;
        long failed;
        long busyNanos;

        Entry(ParallelizerEvent.DispatchStarted started, String scheduler) {
            this.started = started;
            this.scheduler = scheduler;
            this.startNanos = started.atNanos();
        }

        DispatchRow row(int workers, long nowNanos) {
            long wall = endNanos >= 0 ? endNanos - startNanos : Math.max(0, nowNanos - startNanos);
            return new DispatchRow(started.dispatchId(), started.againOf(), started.threadName(),
                    scheduler == null ? "" : scheduler, started.script(), started.line(), started.threadCount(),
                    started.batchSize(), started.actorCount(), status, done, failed, wall, workers, busyNanos);
        }
    }
}
