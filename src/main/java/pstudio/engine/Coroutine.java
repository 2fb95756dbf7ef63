package pstudio.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import pstudio.place.ScriptHost;

/**
 * A script thread of the serial scheduler, like a Luau coroutine: it runs only while it holds the
 * scheduler's baton, and gives the baton up when it waits. Backed by a pooled platform thread that
 * is parked (not busy) while the coroutine waits.
 */
public final class Coroutine {
    private static final ThreadLocal<Coroutine> CURRENT = new ThreadLocal<>();

    private final SerialScheduler scheduler;
    private final Runnable body;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean cancelled;
    private volatile boolean finished;
    boolean started;
    /** The actor whose VM this coroutine's script belongs to, or null for the main VM. */
    final ActorRuntime actor;
    /** Set while the coroutine runs desynchronized, in its actor's parallel slot. */
    volatile ParallelSlot parallelSlot;
    /** Drops the timer that would wake this coroutine (a wait or a delay), so a cancelled one leaves no pending work. */
    private volatile Runnable dropTimer;

    Coroutine(SerialScheduler scheduler, Runnable body, ActorRuntime actor) {
        this.scheduler = scheduler;
        this.body = body;
        this.actor = actor;
    }

    /** The coroutine running on the calling thread, or null on a worker or foreign thread. */
    static Coroutine current() {
        return CURRENT.get();
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void runOnThread() {
        CURRENT.set(this);
        ScriptHost.CURRENT.set(scheduler.host());
        try {
            if (!cancelled) {
                body.run();
            }
        } catch (RunStopped stopped) {
            // the run or this coroutine was ended on purpose
        } finally {
            ParallelSlot slot = parallelSlot;
            if (slot != null) {
                parallelSlot = null;
                slot.giveBack();
            }
            finished = true;
            CURRENT.remove();
            ScriptHost.CURRENT.remove();
            scheduler.release(this);
        }
    }

    void resume() {
        wake.release();
    }

    /** Gives up the baton until a {@link Ticket} of this coroutine fires. Only the coroutine's own thread calls it. */
    void suspend() {
        scheduler.release(this);
        awaitBaton();
    }

    /** Parks until the scheduler hands this coroutine the baton (it must be queued or about to be). */
    void awaitBaton() {
        try {
            wake.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStopped();
        }
        if (cancelled || scheduler.isStopped()) {
            throw new RunStopped();
        }
    }

    /** A one-shot wake-up for the next suspension: only the first fire() makes the coroutine ready. */
    Ticket ticket() {
        return new Ticket();
    }

    /** task.cancel: a waiting coroutine wakes only to unwind; a queued one never starts. */
    void cancel() {
        cancelled = true;
        Runnable drop = dropTimer;
        if (drop != null) {
            drop.run();
        }
        scheduler.wakeToUnwind(this);
    }

    /** Remembers how to drop the timer that will wake this coroutine; drops it at once if already cancelled. */
    void wokenByTimer(Runnable drop) {
        dropTimer = drop;
        if (cancelled) {
            drop.run();
        }
    }

    final class Ticket {
        private final AtomicBoolean fired = new AtomicBoolean();

        void fire() {
            if (fired.compareAndSet(false, true)) {
                scheduler.makeReady(Coroutine.this);
            }
        }
    }
}
