package pstudio.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * An actor's exact counters, cheap enough for the hot path: a library adds to them once per batch,
 * the engine once per message handler or parallel stretch. Snapshots read them without locking.
 */
public final class ActorTelemetry {
    private final LongAdder batchesAssigned = new LongAdder();
    private final LongAdder batchesDone = new LongAdder();
    private final LongAdder threadsAssigned = new LongAdder();
    private final LongAdder threadsDone = new LongAdder();
    private final LongAdder busyNanos = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private volatile boolean busy;
    private volatile ActorState rest = ActorState.IDLE;

    /** Work handed to the actor: {@code batches} batches of {@code threads} threads in all. */
    public void assigned(long batches, long threads) {
        batchesAssigned.add(batches);
        threadsAssigned.add(threads);
    }

    /** The actor started running something. */
    public void busy() {
        busy = true;
    }

    /** The actor stopped running; it shows {@code outcome} until it runs again. */
    public void rest(ActorState outcome) {
        rest = outcome;
        busy = false;
    }

    /** The actor stopped running; it shows its last outcome again. */
    void idle() {
        busy = false;
    }

    /** Threads that ran to their result, counted as they go (not only at a batch's end). */
    public void threadsDone(long threads) {
        threadsDone.add(threads);
    }

    public void batchDone(long nanos, boolean failed) {
        batchesDone.increment();
        busyNanos.add(nanos);
        if (failed) {
            errors.increment();
        }
    }

    void ran(long nanos) {
        busyNanos.add(nanos);
    }

    ActorState state() {
        return busy ? ActorState.BUSY : rest;
    }

    boolean isBusy() {
        return busy;
    }

    TelemetrySnapshot.ActorSample sample(ActorRuntime actor) {
        return new TelemetrySnapshot.ActorSample(actor.id(), actor.actor().GetFullName(), state(),
                batchesAssigned.sum(), batchesDone.sum(), threadsAssigned.sum(), threadsDone.sum(), busyNanos.sum(),
                errors.sum());
    }
}
