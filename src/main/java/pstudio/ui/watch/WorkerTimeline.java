package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.RunEvent;
import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanKind;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;

/**
 * The worker timeline's model: each dispatch's batches, per worker, from the run's spans (those
 * that ended, and those running now, which grow sample by sample). Filled on the engine's reader
 * thread; the panel takes a {@link #frame} on the JavaFX thread when {@link #version} moved.
 * No JavaFX here, so tests feed it scripted messages.
 */
public final class WorkerTimeline implements RunObserver {
    /** Per dispatch; a longer dispatch keeps its first batches and counts the rest. */
    static final int MAX_SPANS_PER_DISPATCH = 250_000;

    private final Map<Long, Track> tracks = new LinkedHashMap<>();
    private final Map<Integer, String> actorNames = new HashMap<>();
    private final Map<Integer, Integer> actorIndexes = new HashMap<>();
    private List<String> workers = List.of();
    private List<WorkSpan> running = List.of();
    private long now;
    private long newest;
    private long version;

    /** One dispatch's track: its batches in the order each worker ran them. */
    private static final class Track {
        final long id;
        final String threadName;
        final long start;
        long end = -1;
        final List<WorkSpan> spans = new ArrayList<>();
        long notKept;

        Track(long id, String threadName, long start) {
            this.id = id;
            this.threadName = threadName;
            this.start = start;
        }
    }

    @Override
    public synchronized void runStarted(RunCommands commands) {
        tracks.clear();
        actorNames.clear();
        actorIndexes.clear();
        workers = List.of();
        running = List.of();
        now = 0;
        newest = 0;
        version++;
    }

    @Override
    public synchronized void onMessage(EngineMessage message) {
        if (message instanceof EngineMessage.Lifecycle l) {
            lifecycle(l.event());
        } else if (message instanceof EngineMessage.Telemetry t) {
            telemetry(t);
        }
    }

    private void lifecycle(Record event) {
        if (event instanceof RunEvent.ActorCreated a) {
            actorNames.put(a.actorId(), a.actor());
            actorIndexes.put(a.actorId(), a.index());
        } else if (event instanceof ParallelizerEvent.DispatchStarted d) {
            tracks.put(d.dispatchId(), new Track(d.dispatchId(), d.threadName(), d.atNanos()));
            newest = d.dispatchId();
            now = Math.max(now, d.atNanos());
            version++;
        } else if (event instanceof ParallelizerEvent.DispatchEnded d) {
            Track track = tracks.get(d.dispatchId());
            if (track != null) {
                track.end = d.atNanos();
                version++;
            }
        }
    }

    private void telemetry(EngineMessage.Telemetry sample) {
        if (sample.workers().size() != workers.size()) {
            List<String> names = new ArrayList<>();
            for (RunTelemetry.Worker w : sample.workers()) {
                names.add(w.threadName());
            }
            workers = List.copyOf(names);
        }
        for (WorkSpan span : sample.spans()) {
            if (span.kind() != SpanKind.BATCH) {
                continue;
            }
            Track track = tracks.get(span.dispatchId()); // the stream brings a dispatch before its batches
            if (track != null) {
                keep(track, span);
            }
        }
        running = sample.snapshot().running();
        now = Math.max(now, sample.snapshot().atNanos());
        version++;
    }

    private static void keep(Track track, WorkSpan span) {
        if (track.spans.size() < MAX_SPANS_PER_DISPATCH) {
            track.spans.add(span);
        } else {
            track.notKept++;
        }
    }

    @Override
    public void runEnded() {
    }

    /** Moves whenever a frame would differ; the panel redraws only then (or when its view moves). */
    public synchronized long version() {
        return version;
    }

    /** The dispatch the timeline shows when none is selected: the newest. 0 before the first. */
    public synchronized long newestDispatch() {
        return newest;
    }

    /** What the timeline shows for {@code dispatchId}, or null for a dispatch it does not know. */
    public synchronized TimelineFrame frame(long dispatchId) {
        Track track = tracks.get(dispatchId);
        if (track == null) {
            return null;
        }
        List<TimelineFrame.Bar> bars = new ArrayList<>(track.spans.size() + running.size());
        for (WorkSpan s : track.spans) {
            bars.add(bar(s, false));
        }
        if (track.end < 0) {
            for (WorkSpan s : running) {
                if (s.dispatchId() == dispatchId) {
                    bars.add(bar(s, true));
                }
            }
        }
        return new TimelineFrame(track.id, track.threadName, track.start, track.end < 0 ? now : track.end,
                track.end < 0, workers, bars, track.notKept);
    }

    private TimelineFrame.Bar bar(WorkSpan s, boolean isRunning) {
        return new TimelineFrame.Bar(s.worker(), s.actorId(), actorIndexes.getOrDefault(s.actorId(), s.actorId()),
                actorNames.getOrDefault(s.actorId(), "actor " + s.actorId()), s.firstId(), s.lastId(),
                s.startNanos(), s.endNanos(), s.failed(), isRunning);
    }
}
