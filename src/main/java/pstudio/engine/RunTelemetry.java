package pstudio.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A run's telemetry: sampled, not evented. The engine and its libraries keep exact counters (per
 * actor in {@link ActorTelemetry}, per dispatch in the Parallelizer) and each worker thread keeps
 * its spans in a bounded ring; consumers take a {@link #snapshot()} as often as they like (the
 * studio up to 60 times a second) and {@link #drainSpans} what is new since their cursor. Nothing
 * here runs a thread or waits.
 *
 * <p>Switched off ({@link RunOptions#telemetry()}, or {@link #setEnabled}), no spans are recorded
 * and message handlers are not timed; the counters that a library keeps once per batch stay, as
 * they feed the run report, and the events do not change.
 */
public final class RunTelemetry {
    /** {@code -Dpstudio.telemetry=off} turns telemetry off by default (for measuring what it costs). */
    public static final String PROPERTY = "pstudio.telemetry";

    private final RunClock clock;
    private final Supplier<List<ActorRuntime>> actors;
    private final IntSupplier queueDepth;
    private final List<SpanRing> rings = new CopyOnWriteArrayList<>();
    private final ThreadLocal<SpanRing> ownRing = new ThreadLocal<>();
    private final List<TelemetrySource> sources = new CopyOnWriteArrayList<>();
    private volatile boolean enabled;

    RunTelemetry(RunClock clock, boolean enabled, Supplier<List<ActorRuntime>> actors, IntSupplier queueDepth) {
        this.clock = clock;
        this.enabled = enabled;
        this.actors = actors;
        this.queueDepth = queueDepth;
    }

    static boolean enabledByDefault() {
        return !"off".equalsIgnoreCase(System.getProperty(PROPERTY, "on"));
    }

    public boolean enabled() {
        return enabled;
    }

    /** Turns span recording on or off from now on (the benchmark compares both in one run). */
    public void setEnabled(boolean on) {
        enabled = on;
    }

    public RunClock clock() {
        return clock;
    }

    /** Adds a library's part to every snapshot. */
    public void addSource(TelemetrySource source) {
        sources.add(source);
    }

    /** A library's contribution to snapshots. */
    @FunctionalInterface
    public interface TelemetrySource {
        List<? extends TelemetrySnapshot.LibrarySample> samples();
    }

    /** Records a span on the calling thread's ring; {@code start}/{@code end} are {@link System#nanoTime()} readings. */
    public void recordSpan(ActorRuntime actor, long dispatchId, int firstId, int lastId, long start, long end,
                           boolean failed, SpanKind kind) {
        if (!enabled) {
            return;
        }
        SpanRing ring = ownRing.get();
        if (ring == null) {
            ring = newRing();
        }
        ring.add(new WorkSpan(ring.index, actor.id(), dispatchId, firstId, lastId, clock.at(start), clock.at(end),
                failed, kind));
    }

    /**
     * Says that a batch starts on the calling thread ({@code start} a {@link System#nanoTime()}
     * reading), so that snapshots show it running until its {@link #recordSpan} ends it.
     */
    public void batchStarted(ActorRuntime actor, long dispatchId, int firstId, int lastId, long start) {
        if (!enabled) {
            return;
        }
        SpanRing ring = ownRing.get();
        if (ring == null) {
            ring = newRing();
        }
        long at = clock.at(start);
        ring.opened(new WorkSpan(ring.index, actor.id(), dispatchId, firstId, lastId, at, at, false, SpanKind.BATCH));
    }

    private synchronized SpanRing newRing() {
        SpanRing ring = new SpanRing(rings.size(), Thread.currentThread().getName());
        rings.add(ring);
        ownRing.set(ring);
        return ring;
    }

    /** The engine's own stretches of parallel work (message handlers, desynchronized code). */
    void recordStretch(ActorRuntime actor, SpanKind kind, long start, long end) {
        if (!enabled) {
            return;
        }
        actor.telemetry().ran(end - start);
        recordSpan(actor, -1, 0, 0, start, end, false, kind);
    }

    /** The worker threads that have recorded spans: a span's {@code worker} is the index here. */
    public List<Worker> workers() {
        List<Worker> out = new ArrayList<>();
        for (SpanRing r : rings) {
            out.add(new Worker(r.index, r.threadName));
        }
        return out;
    }

    /** A worker thread with a span ring. */
    public record Worker(int index, String threadName) {
    }

    /** The spans recorded since {@code cursor} (start with {@link SpanCursor#START}) and the cursor to pass next time. */
    public SpanBatch drainSpans(SpanCursor cursor) {
        List<SpanRing> now = List.copyOf(rings);
        long[] next = new long[now.size()];
        long[] lost = new long[1];
        List<WorkSpan> spans = new ArrayList<>();
        for (SpanRing r : now) {
            next[r.index] = r.readSince(cursor.readOf(r.index), spans, lost);
        }
        return new SpanBatch(spans, lost[0], cursor.with(next));
    }

    public TelemetrySnapshot snapshot() {
        List<TelemetrySnapshot.ActorSample> samples = new ArrayList<>();
        int busy = 0;
        List<ActorRuntime> live = new ArrayList<>(actors.get());
        live.sort(Comparator.comparingInt(ActorRuntime::id));
        for (ActorRuntime a : live) {
            samples.add(a.sample());
            if (a.telemetry().isBusy()) {
                busy++;
            }
        }
        long recorded = 0;
        long overwritten = 0;
        long now = clock.nanos();
        List<WorkSpan> running = new ArrayList<>();
        for (SpanRing r : rings) {
            recorded += r.written();
            overwritten += r.overwritten();
            WorkSpan open = r.open();
            if (open != null) {
                running.add(new WorkSpan(open.worker(), open.actorId(), open.dispatchId(), open.firstId(),
                        open.lastId(), open.startNanos(), Math.max(open.startNanos(), now), false, open.kind()));
            }
        }
        List<TelemetrySnapshot.LibrarySample> library = new ArrayList<>();
        for (TelemetrySource s : sources) {
            library.addAll(s.samples());
        }
        return new TelemetrySnapshot(now, samples, busy, queueDepth.getAsInt(), recorded, overwritten,
                library, running);
    }
}
