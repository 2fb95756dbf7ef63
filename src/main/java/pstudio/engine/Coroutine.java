package pstudio.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import pstudio.engine.luau.LuauFormat;
import pstudio.place.ScriptHost;

/**
 * A script thread, like a Luau coroutine. It runs either in the serial phase, holding the serial
 * scheduler's baton, or in the parallel phase, owning its actor and a permit of the worker pool.
 * Whenever it waits it gives up what it holds, so a waiting script costs a parked thread and
 * nothing else, in either phase; when it is woken it takes back what its phase needs.
 *
 * <p>Each coroutine runs on one platform thread for its whole life: its own thread for serial
 * work, or the worker thread that picked up an actor task for parallel work (that worker leaves
 * the pool's loop the first time the task waits, and a fresh one takes its place).
 *
 * <p>Pending work is counted for quiescence: a coroutine in the parallel phase that is not
 * waiting is one unit of the run's pending work; in the serial phase the scheduler's queue counts it.
 */
public final class Coroutine {
    private static final ThreadLocal<Coroutine> CURRENT = new ThreadLocal<>();

    static {
        // the tree finds its host through the coroutine running on the calling thread
        ScriptHost.locateWith(() -> {
            Coroutine running = CURRENT.get();
            return running == null ? null : running.run.host();
        });
    }

    enum Phase { SERIAL, PARALLEL }

    private final RunContext run;
    private final Runnable body;
    /** The actor whose VM this coroutine's script belongs to, or null for the main VM. */
    final ActorRuntime actor;
    /** The script instance whose code this is: Destroy or Disabled on it stops the coroutine. */
    final Object origin;
    /** True for an actor task, run inside its actor's turn on the worker that picked it up. */
    private final boolean actorTask;
    private final Semaphore wake = new Semaphore(0);
    private final Object monitor = new Object();
    private volatile Phase phase;
    private volatile boolean cancelled;
    private volatile boolean finished;
    /** Guarded by the serial scheduler's lock: whether a thread was ever given to this coroutine. */
    boolean started;
    /** Guarded by {@link #monitor}: the thread while the body runs, and whether it is inside an engine wait. */
    private Thread thread;
    private boolean waiting;
    private volatile Ticket armed;
    private volatile Runnable dropTimer;
    /** What this coroutine's parallel stretches are, for the span rings; BATCH ones are the library's to record. */
    private SpanKind spanKind = SpanKind.DESYNCHRONIZED;
    /** When the current parallel stretch began ({@link System#nanoTime()}), or -1 outside one. */
    private long stretchStart = -1;

    private Coroutine(RunContext run, Runnable body, ActorRuntime actor, Object origin, Phase phase,
                      boolean actorTask) {
        this.run = run;
        this.body = body;
        this.actor = actor;
        this.origin = origin;
        this.phase = phase;
        this.actorTask = actorTask;
    }

    /** A coroutine that starts on the serial script thread when the scheduler hands it the baton. */
    static Coroutine serial(RunContext run, Runnable body, ActorRuntime actor, Object origin) {
        return new Coroutine(run, body, actor, origin, Phase.SERIAL, false);
    }

    /** An actor task, to be run at once with {@link #runHere()} by the worker that owns the actor. */
    static Coroutine actorTask(RunContext run, Runnable body, ActorRuntime actor, Object origin, SpanKind kind) {
        Coroutine co = new Coroutine(run, body, actor, origin, Phase.PARALLEL, true);
        co.started = true;
        co.spanKind = kind;
        return co;
    }

    /** The coroutine running on the calling thread, or null on a thread that runs no script. */
    static Coroutine current() {
        return CURRENT.get();
    }

    RunContext run() {
        return run;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    boolean inParallel() {
        return phase == Phase.PARALLEL;
    }

    // ---- running -----------------------------------------------------------------------------

    /**
     * Runs the body on the calling thread: a serial coroutine's own fresh thread when the scheduler
     * first hands it the baton, or the worker that picked up an actor task. For an actor task, returns with the actor and permit
     * still held by this thread if the task ended in the parallel phase, and with nothing held if
     * it ended in the serial phase (see {@link ActorRuntime}).
     */
    void runHere() {
        Coroutine outer = CURRENT.get();
        CURRENT.set(this);
        synchronized (monitor) {
            thread = Thread.currentThread();
        }
        if (actorTask) {
            beginStretch();
        }
        try {
            if (!cancelled && !run.isStopped()) {
                body.run();
            }
        } catch (RunStopped stopped) {
            // the run or this coroutine was ended on purpose
        } finally {
            finish();
            CURRENT.set(outer);
        }
    }

    private void finish() {
        synchronized (monitor) {
            finished = true;
            thread = null;
            if (!run.isStopped()) {
                // a cancel's interrupt must not reach whatever this thread runs next
                Thread.interrupted();
            }
        }
        run.coroutineFinished(this);
        if (phase == Phase.SERIAL) {
            run.serial().release(this);
        } else {
            endStretch();
            if (!actorTask) {
                leaveActor();
            }
            run.endWork();
        }
    }

    /** This coroutine holds its actor from now on: a span starts, unless its library records its own. */
    private void beginStretch() {
        if (spanKind != SpanKind.BATCH) {
            actor.telemetry().busy();
            stretchStart = System.nanoTime();
        }
    }

    private void endStretch() {
        if (stretchStart >= 0) {
            run.telemetry().recordStretch(actor, spanKind, stretchStart, System.nanoTime());
            actor.telemetry().idle();
            stretchStart = -1;
        }
    }

    /** The scheduler hands the baton over: wake the parked thread. */
    void resume() {
        wake.release();
    }

    // ---- waiting -----------------------------------------------------------------------------

    /** A one-shot wake-up for the next {@link #suspend()}; {@code task.cancel} fires it too. */
    Ticket arm() {
        if (phase == Phase.PARALLEL) {
            run.pool().checkRoomToWait();
        }
        Ticket t = new Ticket();
        armed = t;
        if (cancelled) {
            t.fire();
        }
        return t;
    }

    /**
     * Gives up what this coroutine holds until its armed ticket fires, then takes back what its
     * phase needs. Only the coroutine's own thread calls it.
     */
    void suspend() {
        if (phase == Phase.SERIAL) {
            run.serial().release(this);
            awaitWake();
        } else {
            leaveActor();
            run.endWork();
            awaitWake();
            enterActor();
        }
        armed = null;
        throwIfCancelled();
    }

    /** Parks until woken: with the baton in the serial phase, or by a ticket in the parallel phase. */
    void awaitWake() {
        engineWait(wake);
    }

    /** task.synchronize(): the rest of this coroutine runs on the serial script thread. */
    void synchronize() {
        if (phase == Phase.SERIAL) {
            return;
        }
        run.pool().checkRoomToWait();
        leaveActor();
        phase = Phase.SERIAL;
        run.serial().makeReady(this);
        run.endWork();
        awaitWake();
        throwIfCancelled();
    }

    /** task.desynchronize(): the rest of this coroutine runs in parallel, in its actor. */
    void desynchronize() {
        if (phase == Phase.PARALLEL) {
            return;
        }
        if (actor == null) {
            throw new ScriptError("task.desynchronize() can only be called from a script under an Actor");
        }
        run.beginWork();
        phase = Phase.PARALLEL;
        run.serial().release(this);
        enterActor();
        throwIfCancelled();
    }

    private void leaveActor() {
        endStretch();
        WorkerPool pool = run.pool();
        pool.detachIfLoopThread();
        actor.release();
        pool.releasePermit();
    }

    private void enterActor() {
        actor.acquire(this);
        run.pool().acquirePermit(this);
        beginStretch();
    }

    /**
     * Waits on {@code s} inside the engine. An interrupt there means Stop (unwind at once) or a
     * cancel that raced this wait (keep waiting: the coroutine unwinds once it holds its phase's
     * resources again, so its {@code finally} blocks run where they may).
     */
    void engineWait(Semaphore s) {
        synchronized (monitor) {
            waiting = true;
        }
        try {
            while (true) {
                try {
                    s.acquire();
                    return;
                } catch (InterruptedException e) {
                    if (run.isStopped()) {
                        Thread.currentThread().interrupt();
                        throw new RunStopped();
                    }
                }
            }
        } finally {
            synchronized (monitor) {
                waiting = false;
            }
        }
    }

    private void throwIfCancelled() {
        if (cancelled || run.isStopped()) {
            throw new RunStopped();
        }
    }

    /**
     * task.cancel, or its script was destroyed or disabled: a coroutine that has not started never
     * runs; a waiting one wakes only to unwind; a running one stops at its next interrupt check
     * (loops and function starts) or wait. It is never handed the serial thread while it still runs.
     */
    void cancel() {
        if (cancelled || finished) {
            return;
        }
        cancelled = true;
        Runnable drop = dropTimer;
        if (drop != null) {
            drop.run();
        }
        Ticket t = armed;
        if (t != null) {
            t.fire();
        }
        synchronized (monitor) {
            if (thread != null && !waiting && !finished) {
                thread.interrupt();
            }
        }
        run.serial().dropIfQueuedUnstarted(this);
    }

    /** Marks a coroutine that was dropped before it ever ran as finished. */
    void finishUnstarted() {
        finished = true;
        run.coroutineFinished(this);
    }

    /** Remembers how to drop the timer that will wake this coroutine; drops it at once if already cancelled. */
    void wokenByTimer(Runnable drop) {
        dropTimer = drop;
        if (cancelled) {
            drop.run();
        }
    }

    @Override
    public String toString() {
        return "thread: " + LuauFormat.address(this);
    }

    /** Wakes the coroutine from one suspension; only the first fire counts. */
    final class Ticket {
        private final AtomicBoolean fired = new AtomicBoolean();

        void fire() {
            if (!fired.compareAndSet(false, true)) {
                return;
            }
            if (phase == Phase.SERIAL) {
                run.serial().makeReady(Coroutine.this);
            } else {
                run.beginWork();
                resume();
            }
        }
    }
}
