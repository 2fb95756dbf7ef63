package pstudio.engine;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import pstudio.place.Signal;

/**
 * Fires RunService.Heartbeat 60 times a second on the serial script thread while anything listens
 * to it (a connection or a Wait); meanwhile the run is not quiescent. Frames keep a fixed schedule
 * from the first listener on: a frame whose predecessor has not run yet (the serial thread is
 * busy) is skipped rather than queued, so frames never pile up, and {@code dt} says how long it
 * really was since the last one.
 */
final class HeartbeatClock implements Signal.ListenerWatcher {
    static final long FRAME_NANOS = 1_000_000_000L / 60;
    /** Appended to a handler's error: one report instead of one every frame, and a run that can still end. */
    static final String DISCONNECTED = " (the Heartbeat handler was disconnected after this error)";

    private final RunContext run;
    private final Signal heartbeat;
    private final ScheduledThreadPoolExecutor ticker;
    private final AtomicBoolean frameWaiting = new AtomicBoolean();
    /** Guarded by this: the next tick while anything listens, else null; and when that tick is due. */
    private ScheduledFuture<?> nextTick;
    private long dueNanos;
    /** When the last frame ran (or the first listener came), for {@code dt}. */
    private volatile long lastFrameNanos;

    HeartbeatClock(RunContext run, Signal heartbeat, String runName) {
        this.run = run;
        this.heartbeat = heartbeat;
        this.ticker = new ScheduledThreadPoolExecutor(1, SerialScheduler.namedDaemons(runName + "-heartbeat-"));
        ticker.setRemoveOnCancelPolicy(true);
    }

    void start() {
        heartbeat.watchListeners(this);
    }

    void shutdown() {
        ticker.shutdownNow();
    }

    @Override
    public synchronized void firstListener() {
        run.beginWork();
        long now = System.nanoTime();
        lastFrameNanos = now;
        dueNanos = now + FRAME_NANOS;
        scheduleNext(now);
    }

    @Override
    public synchronized void lastListenerGone() {
        if (nextTick != null) {
            nextTick.cancel(false);
            nextTick = null;
        }
        run.endWork();
    }

    private void scheduleNext(long now) {
        try {
            nextTick = ticker.schedule(this::tick, dueNanos - now, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            nextTick = null; // the run is stopping: no more frames
        }
    }

    private void tick() {
        synchronized (this) {
            if (nextTick == null) {
                return; // the last listener left just before this tick ran
            }
            long now = System.nanoTime();
            dueNanos += FRAME_NANOS;
            if (dueNanos <= now) {
                // the timer thread was held up: keep the schedule's phase and skip the frames missed
                dueNanos += ((now - dueNanos) / FRAME_NANOS + 1) * FRAME_NANOS;
            }
            scheduleNext(now);
        }
        if (frameWaiting.compareAndSet(false, true)) {
            run.serial().makeReady(run.newCoroutine(this::frame, null, null));
        }
    }

    /** One frame, on the serial thread: each handler runs at once, until it ends or waits, in connection order. */
    private void frame() {
        try {
            long now = System.nanoTime();
            Object[] args = {(now - lastFrameNanos) / 1e9};
            lastFrameNanos = now;
            Coroutine frame = Coroutine.current();
            for (Signal.Connection c : heartbeat.takeFiring(args)) {
                Object fn = c.handler();
                if (run.functionStopped(fn)) {
                    c.Disconnect(); // its script was destroyed or disabled
                    continue;
                }
                run.serial().spawnFrom(frame, run.handlerCoroutine(fn, () -> call(c, args)));
            }
        } finally {
            frameWaiting.set(false);
        }
    }

    private void call(Signal.Connection c, Object[] args) {
        try {
            LuauCall.call(c.handler(), args);
        } catch (Throwable t) {
            if (RunContext.isStop(t)) {
                throw RunContext.asStop(t);
            }
            c.Disconnect();
            run.reportFailure(t, c.handler(), DISCONNECTED);
        }
    }
}
