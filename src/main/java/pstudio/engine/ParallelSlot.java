package pstudio.engine;

import java.util.concurrent.Semaphore;

/**
 * The hand-over between a desynchronized coroutine and the worker that runs its actor: the worker
 * grants the actor to the coroutine and waits until the coroutine synchronizes or ends, so an actor
 * still runs one thing at a time and parallel work stays within the worker pool's size.
 */
final class ParallelSlot {
    private final Semaphore granted = new Semaphore(0);
    private final Semaphore returned = new Semaphore(0);

    /** Worker side: hand the actor over and wait for it back. */
    void lendAndWait() throws InterruptedException {
        granted.release();
        returned.acquire();
    }

    /** Coroutine side: wait until the worker hands the actor over. */
    void awaitGrant() {
        try {
            granted.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStopped();
        }
    }

    void giveBack() {
        returned.release();
    }
}
