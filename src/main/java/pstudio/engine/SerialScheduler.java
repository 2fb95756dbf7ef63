package pstudio.engine;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The serial "main" script thread: coroutines take turns holding one baton, in the order they
 * became ready. A coroutine that waits hands the baton to the next one directly; no driver thread
 * sits in between.
 *
 * <p>It also counts pending work that can still wake the run (timers, parallel tasks) under the same
 * lock, so "nothing holds the baton, nothing is ready and nothing is pending" is read at one instant.
 * A producer makes its successor ready before it ends its work item.
 */
final class SerialScheduler {
    private final Object lock = new Object();
    private final ArrayDeque<Coroutine> ready = new ArrayDeque<>();
    private final ExecutorService threads;
    private final Runnable onMaybeIdle;
    private Coroutine holder;
    private int pendingWork;
    private volatile boolean stopped;

    SerialScheduler(String runName, Runnable onMaybeIdle) {
        this.onMaybeIdle = onMaybeIdle;
        this.threads = Executors.newCachedThreadPool(namedDaemons(runName + "-script-"));
    }

    /**
     * The engine's threads. Pools start them lazily, often inside a call from a script (task.spawn,
     * a dispatch); privileged, so that the sandbox lets the engine start them and they do not
     * inherit the script's lack of permissions.
     */
    @SuppressWarnings("removal")
    static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> java.security.AccessController.doPrivileged((java.security.PrivilegedAction<Thread>) () -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code co} to run after everything already waiting (task.defer). */
    void makeReady(Coroutine co) {
        Coroutine launch = null;
        synchronized (lock) {
            if (stopped || co.isFinished()) {
                return;
            }
            if (holder == null) {
                holder = co;
                launch = co;
            } else {
                ready.addLast(co);
            }
        }
        if (launch != null) {
            launch(launch);
        }
    }

    /** Runs {@code child} now; the calling coroutine goes on when the child waits or ends (task.spawn). */
    void spawnFrom(Coroutine caller, Coroutine child) {
        synchronized (lock) {
            ready.addFirst(caller);
            ready.addFirst(child);
        }
        caller.suspend();
    }

    /** Lets others run first, then goes on (task.wait() with no time). */
    void yieldFrom(Coroutine caller) {
        synchronized (lock) {
            ready.addLast(caller);
        }
        caller.suspend();
    }

    /** The holder gives up the baton: the next ready coroutine gets it. */
    void release(Coroutine co) {
        Coroutine next;
        synchronized (lock) {
            if (holder != co) {
                return;
            }
            next = stopped ? null : ready.pollFirst();
            holder = next;
        }
        if (next != null) {
            launch(next);
        } else {
            onMaybeIdle.run();
        }
    }

    /** task.cancel of a coroutine still waiting for its first turn: it never runs. */
    void dropIfQueuedUnstarted(Coroutine co) {
        boolean dropped;
        synchronized (lock) {
            dropped = !co.started && ready.remove(co);
        }
        if (dropped) {
            co.finishUnstarted();
            onMaybeIdle.run();
        }
    }

    private void launch(Coroutine co) {
        boolean fresh;
        synchronized (lock) {
            fresh = !co.started;
            co.started = true;
        }
        if (fresh) {
            try {
                threads.execute(co::runHere);
            } catch (java.util.concurrent.RejectedExecutionException stoppedMeanwhile) {
                // the run was stopped while this coroutine was being handed the baton
            }
        } else if (co.isFinished()) {
            // woken twice (a cancel raced a wake-up): pass the baton on instead of parking it
            release(co);
        } else {
            co.resume();
        }
    }

    void beginWork() {
        synchronized (lock) {
            pendingWork++;
        }
    }

    void endWork() {
        boolean drained;
        synchronized (lock) {
            drained = --pendingWork == 0;
        }
        if (drained) {
            onMaybeIdle.run();
        }
    }

    /** True when no coroutine holds the baton or waits for it and no pending work can wake one. */
    boolean isQuiescent() {
        synchronized (lock) {
            return holder == null && ready.isEmpty() && pendingWork == 0;
        }
    }

    boolean isStopped() {
        return stopped;
    }

    /** Interrupts every script thread and waits up to {@code millis} for them to unwind. */
    boolean stop(long millis) throws InterruptedException {
        synchronized (lock) {
            stopped = true;
            ready.clear();
            holder = null;
        }
        threads.shutdownNow();
        return threads.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
