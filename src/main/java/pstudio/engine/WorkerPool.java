package pstudio.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The parallel side of a run: at most {@code size} threads run parallel script code at once, each
 * holding a permit. Loop threads take actors that have work from a queue and run a turn of each;
 * an actor with nothing queued costs no thread at all.
 *
 * <p>A task that waits in the parallel phase ({@code task.wait}, a dispatch's {@code Wait},
 * {@code task.synchronize}) gives its permit back and its worker leaves the loop, parked with the
 * task; a fresh loop thread takes its place, so waiting never holds a worker and cannot starve the
 * pool. When the task goes on it takes a permit again like everyone else.
 */
final class WorkerPool {
    /** What the calling thread holds of the pool. */
    private static final ThreadLocal<Carrier> CARRIER = ThreadLocal.withInitial(Carrier::new);
    /** Parallel tasks that may wait at once, each on a thread of its own. */
    static final int MAX_WAITING_TASKS = 4096;

    private final int size;
    private final Semaphore permits;
    private final LinkedBlockingQueue<ActorRuntime> runnable = new LinkedBlockingQueue<>();
    private final ExecutorService threads;
    private final java.util.concurrent.atomic.AtomicInteger detached = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean stopped;

    WorkerPool(String runName, int size) {
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.threads = Executors.newCachedThreadPool(SerialScheduler.namedDaemons(runName + "-worker-"));
    }

    void start() {
        for (int i = 0; i < size; i++) {
            threads.execute(this::loop);
        }
    }

    int size() {
        return size;
    }

    /** Queues an actor that has work; one of the loop threads will run its next turn. */
    void schedule(ActorRuntime actor) {
        if (!stopped) {
            runnable.add(actor);
        }
    }

    /** Actors with work waiting for a loop thread. */
    int queueDepth() {
        return runnable.size();
    }

    private void loop() {
        Carrier carrier = CARRIER.get();
        carrier.loop = true;
        try {
            while (!stopped && !carrier.detached) {
                ActorRuntime actor = runnable.take();
                acquirePermit(null);
                actor.runTurn();
                releasePermit();
            }
        } catch (InterruptedException | RunStopped stoppedMeanwhile) {
            // the run is over
        } finally {
            if (carrier.detached) {
                detached.decrementAndGet();
            }
            CARRIER.remove();
        }
    }

    /**
     * Before a parallel task starts to wait: refuses with a clear error when so many tasks already
     * wait that another thread for one more would exhaust the machine (a handler that waits, sent
     * thousands of messages, would otherwise park a thread per message).
     */
    void checkRoomToWait() {
        Carrier carrier = CARRIER.get();
        if (carrier.loop && !carrier.detached && detached.get() >= MAX_WAITING_TASKS) {
            throw new ScriptError(String.format("%,d parallel tasks are already waiting, the most a run keeps;"
                    + " wait less in parallel handlers, or send fewer messages at once", MAX_WAITING_TASKS));
        }
    }

    /** Takes a permit for the calling thread (waiting in line if all are in use). */
    void acquirePermit(Coroutine co) {
        Carrier carrier = CARRIER.get();
        if (carrier.holdsPermit) {
            return;
        }
        if (co != null) {
            co.engineWait(permits);
        } else {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunStopped();
            }
        }
        carrier.holdsPermit = true;
    }

    /** Gives back the calling thread's permit, if it holds one. */
    void releasePermit() {
        Carrier carrier = CARRIER.get();
        if (carrier.holdsPermit) {
            carrier.holdsPermit = false;
            permits.release();
        }
    }

    /**
     * Called before a parallel task waits: if the calling thread is one of the loop threads, it
     * leaves the loop for good (it will finish the task and end) and a fresh loop thread replaces it.
     */
    void detachIfLoopThread() {
        Carrier carrier = CARRIER.get();
        if (carrier.loop && !carrier.detached) {
            carrier.detached = true;
            detached.incrementAndGet();
            if (!stopped) {
                try {
                    threads.execute(this::loop);
                } catch (java.util.concurrent.RejectedExecutionException stoppedMeanwhile) {
                    // the run is over
                }
            }
        }
    }

    void stop() {
        stopped = true;
        threads.shutdownNow();
    }

    boolean awaitTermination(long nanos) throws InterruptedException {
        return threads.awaitTermination(nanos, TimeUnit.NANOSECONDS);
    }

    private static final class Carrier {
        boolean loop;
        boolean detached;
        boolean holdsPermit;
    }
}
