package pstudio.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A run's state (Running, Quiescent, Stopped) and the waits on it: until the first scripts have
 * compiled, until nothing more can happen. Each change is published as it happens.
 */
final class RunLifecycle {
    private final EventPublisher events;
    private final RunClock clock;
    /** True when the run's sources of work have all run dry (the serial scheduler knows). */
    private final BooleanSupplier idle;
    private final AtomicReference<RunState> state = new AtomicReference<>();
    private final Object stateLock = new Object();
    private final CountDownLatch compiled = new CountDownLatch(1);

    RunLifecycle(EventPublisher events, RunClock clock, BooleanSupplier idle) {
        this.events = events;
        this.clock = clock;
        this.idle = idle;
    }

    RunState state() {
        return state.get();
    }

    boolean isStopped() {
        return state.get() == RunState.STOPPED;
    }

    void started() {
        state.set(RunState.RUNNING);
        publish(RunState.RUNNING);
    }

    void compiledAll() {
        compiled.countDown();
    }

    /** Called whenever a source of work may have run dry; publishes QUIESCENT once nothing can happen. */
    void checkIdle() {
        if (state.get() != RunState.RUNNING || !idle.getAsBoolean()) {
            return;
        }
        if (state.compareAndSet(RunState.RUNNING, RunState.QUIESCENT)) {
            publish(RunState.QUIESCENT);
            wakeWaiters();
        }
    }

    /** Work from outside the run arrived: a quiescent run is running again. */
    void woken() {
        if (state.compareAndSet(RunState.QUIESCENT, RunState.RUNNING)) {
            publish(RunState.RUNNING);
        }
    }

    /** Waits until the scripts that start with the run have compiled (the first compile warms Groovy up). */
    boolean awaitCompiled(long timeoutMillis) throws InterruptedException {
        return compiled.await(timeoutMillis, TimeUnit.MILLISECONDS) || isStopped();
    }

    boolean awaitQuiescent(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (stateLock) {
            while (state.get() == RunState.RUNNING) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                stateLock.wait(Math.min(left, 50));
                checkIdle();
            }
        }
        return state.get() == RunState.QUIESCENT;
    }

    /** Marks the run stopped; false if it already was (someone else is stopping it). */
    boolean beginStop() {
        return state.getAndSet(RunState.STOPPED) != RunState.STOPPED;
    }

    /** Every thread has been dealt with: tells the listeners and whoever waits. */
    void stopped() {
        publish(RunState.STOPPED);
        wakeWaiters();
    }

    private void publish(RunState s) {
        events.publish(new RunEvent.StateChanged(clock.nanos(), s));
    }

    private void wakeWaiters() {
        synchronized (stateLock) {
            stateLock.notifyAll();
        }
    }
}
