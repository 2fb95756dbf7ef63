package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.RunEvent;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;

/**
 * The actor storage heatmap's model: fills on the engine's reader thread from lifecycle events
 * (schedulers, actors, dispatches, failures, crash chains) and telemetry (exact per-actor counters,
 * batch spans), and hands the JavaFX thread an immutable {@link HeatmapFrame} once per frame. No toolkit.
 */
public final class ActorHeatmapModel implements RunObserver {
    /** Dispatches whose per-actor progress is kept, newest; a sweep makes many. */
    static final int DISPATCHES_KEPT = 64;
    /** Destroyed schedulers kept on show beside the live ones. */
    static final int DESTROYED_SCHEDULERS_KEPT = 8;

    private final Map<Long, SchedulerTrack> schedulers = new LinkedHashMap<>();
    private final Map<Integer, ActorTrack> actors = new HashMap<>();
    private final Map<Integer, Integer> scriptActors = new HashMap<>();
    private final LinkedHashMap<Long, DispatchShares> dispatches = new LinkedHashMap<>();
    private ActivityClock clock = new ActivityClock();
    private long version;
    private long run;
    private HeatmapFrame frame = HeatmapFrame.EMPTY;
    private long frameVersion = -1;
    private long frameDispatch = -1;

    @Override
    public synchronized void runStarted(RunCommands commands) {
        schedulers.clear();
        actors.clear();
        scriptActors.clear();
        dispatches.clear();
        clock = new ActivityClock();
        run++;
        version++;
    }

    @Override
    public void onMessage(EngineMessage message) {
        if (message instanceof EngineMessage.Lifecycle l) {
            onEvent(l.event());
        } else if (message instanceof EngineMessage.Telemetry t) {
            onTelemetry(t.snapshot(), t.spans());
        }
    }

    @Override
    public void runEnded() {
    }

    /** Changes whenever something the heatmap shows changed; cheap, unlike {@link #frame}. */
    public synchronized long version() {
        return version;
    }

    /**
     * The heatmap as it stands, its Progress in dispatch {@code selectedDispatch} (0: the newest).
     * Built only when something changed since the last call; cheap to call every frame.
     */
    public synchronized HeatmapFrame frame(long selectedDispatch) {
        if (frameVersion != version || frameDispatch != selectedDispatch) {
            frame = build(selectedDispatch);
            frameVersion = version;
            frameDispatch = selectedDispatch;
        }
        return frame;
    }

    private synchronized void onEvent(Record event) {
        if (event instanceof ParallelizerEvent.SchedulerCreated c) {
            schedulers.put(c.schedulerId(), new SchedulerTrack(c.schedulerId(), c.jobScript()));
        } else if (event instanceof RunEvent.ActorCreated c) {
            actorCreated(c);
        } else if (event instanceof RunEvent.ActorDestroyed d) {
            ActorTrack actor = actors.get(d.actorId());
            if (actor != null) {
                actor.destroyed = true;
            }
        } else if (event instanceof ParallelizerEvent.SchedulerDestroyed d) {
            SchedulerTrack scheduler = schedulers.get(d.schedulerId());
            if (scheduler != null) {
                scheduler.destroyed = true;
                forgetOldDestroyedSchedulers();
            }
        } else if (event instanceof RunEvent.ScriptStarted s && s.actorId() != 0) {
            scriptActors.put(s.scriptId(), s.actorId());
        } else if (event instanceof RunEvent.ScriptErrored e) {
            ActorTrack actor = actorOfScript(e.scriptId());
            if (actor != null) {
                actor.scriptFailed(e.message(), e.errorScript(), e.line());
            }
        } else if (event instanceof ParallelizerEvent.DispatchStarted s) {
            dispatchStarted(s);
        } else if (event instanceof ParallelizerEvent.DispatchEnded e) {
            DispatchShares shares = dispatches.get(e.dispatchId());
            if (shares != null) {
                shares.ended(e.status());
            }
        } else if (event instanceof ParallelizerEvent.ThreadFailed f) {
            ActorTrack actor = actors.get(f.actorId());
            if (actor != null) {
                actor.failed(f.message(), f.script(), f.line());
            }
        } else if (event instanceof ParallelizerEvent.CrashChain c) {
            for (ParallelizerEvent.ChainLink link : c.failures()) {
                ActorTrack actor = actors.get(link.actorId());
                if (actor != null) {
                    actor.inCrashChain = true;
                }
            }
        } else {
            return;
        }
        version++;
    }

    private void actorCreated(RunEvent.ActorCreated c) {
        SchedulerTrack scheduler = schedulers.get(c.schedulerId());
        if (scheduler == null || c.index() < 1) {
            return; // an Actor of the place, not a job scheduler's
        }
        ActorTrack actor = new ActorTrack(c.actorId(), c.schedulerId(), c.index(), c.actor());
        actors.put(c.actorId(), actor);
        scheduler.put(actor);
    }

    private ActorTrack actorOfScript(int scriptId) {
        Integer actorId = scriptActors.get(scriptId);
        return actorId == null ? null : actors.get(actorId);
    }

    private void dispatchStarted(ParallelizerEvent.DispatchStarted s) {
        SchedulerTrack scheduler = schedulers.get(s.schedulerId());
        List<ActorTrack> cast = scheduler == null ? List.of() : scheduler.actors();
        for (ActorTrack actor : cast) {
            if (actor != null) {
                actor.inCrashChain = false; // the new dispatch's outcome replaces the last chain's mark
            }
        }
        dispatches.put(s.dispatchId(), new DispatchShares(s, cast));
        Iterator<DispatchShares> oldest = dispatches.values().iterator();
        while (dispatches.size() > DISPATCHES_KEPT && oldest.hasNext()) {
            if (!oldest.next().running()) {
                oldest.remove();
            }
        }
    }

    private void forgetOldDestroyedSchedulers() {
        long destroyed = schedulers.values().stream().filter(s -> s.destroyed).count();
        Iterator<SchedulerTrack> oldest = schedulers.values().iterator();
        while (destroyed > DESTROYED_SCHEDULERS_KEPT && oldest.hasNext()) {
            SchedulerTrack s = oldest.next();
            if (s.destroyed) {
                s.actors().forEach(a -> {
                    if (a != null) {
                        actors.remove(a.actorId);
                    }
                });
                oldest.remove();
                destroyed--;
            }
        }
    }

    private synchronized void onTelemetry(TelemetrySnapshot snapshot, List<WorkSpan> spans) {
        clock.tick(snapshot.atNanos());
        List<DispatchShares> running = new ArrayList<>();
        for (DispatchShares d : dispatches.values()) {
            if (d.running()) {
                running.add(d);
            }
        }
        for (TelemetrySnapshot.ActorSample sample : snapshot.actors()) {
            ActorTrack actor = actors.get(sample.actorId());
            if (actor == null) {
                continue;
            }
            actor.sampled(sample, clock);
            for (DispatchShares d : running) {
                if (d.schedulerId == actor.schedulerId) {
                    d.sampled(actor.index - 1, actor);
                }
            }
        }
        for (WorkSpan span : spans) {
            if (span.kind() == SpanKind.BATCH && !span.failed()) {
                DispatchShares d = dispatches.get(span.dispatchId());
                ActorTrack actor = actors.get(span.actorId());
                if (d != null && actor != null && actor.schedulerId == d.schedulerId) {
                    d.batchDone(actor.index - 1, span.firstId(), span.lastId());
                }
            }
        }
        version++;
    }

    private HeatmapFrame build(long selectedDispatch) {
        DispatchShares shown = selectedDispatch != 0 ? dispatches.get(selectedDispatch) : newestDispatch();
        List<SchedulerGrid> grids = new ArrayList<>(schedulers.size());
        for (SchedulerTrack scheduler : schedulers.values()) {
            DispatchShares progress = shown != null && shown.schedulerId == scheduler.id ? shown : null;
            List<ActorCell> cells = new ArrayList<>(scheduler.actors().size());
            for (ActorTrack a : scheduler.actors()) {
                if (a == null) {
                    continue;
                }
                int k = a.index - 1;
                cells.add(new ActorCell(a.actorId, a.index, a.fullName, a.shownState(), a.activity(clock),
                        a.batchesDone, a.batchesAssigned, a.threadsDone, a.threadsAssigned, a.busyNanos, a.errors(),
                        progress == null ? -1 : progress.done(k), progress == null ? -1 : progress.assigned(k),
                        a.lastError, a.errorScript, a.errorLine, a.inCrashChain, a.destroyed));
            }
            grids.add(new SchedulerGrid(scheduler.id, scheduler.storage(), scheduler.jobScript, scheduler.destroyed,
                    cells));
        }
        return new HeatmapFrame(run, grids, shown == null ? 0 : shown.dispatchId, shown == null ? null : shown.threadName,
                shown != null && shown.running());
    }

    private DispatchShares newestDispatch() {
        DispatchShares newest = null;
        for (DispatchShares d : dispatches.values()) {
            newest = d;
        }
        return newest;
    }
}
