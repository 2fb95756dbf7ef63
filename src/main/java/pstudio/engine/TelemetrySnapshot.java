package pstudio.engine;

import java.util.List;

/**
 * The run's counters at one moment, immutable. Exact however fast the run goes: a view drawn from
 * the latest snapshot never drifts, unlike one rebuilt from droppable events.
 *
 * @param atNanos         run-clock time of the snapshot
 * @param actors          every live actor, in id order
 * @param busyActors      actors running something now
 * @param queueDepth      actors with work waiting for a worker thread
 * @param spansRecorded   spans ever recorded; {@code spansOverwritten} of them were overwritten in their ring
 * @param library         what libraries add (the Parallelizer's dispatch progress)
 * @param running         the batches running now, one per busy worker, each ending at {@code atNanos}
 *                        (so a timeline draws them growing, not only once they end)
 */
public record TelemetrySnapshot(long atNanos, List<ActorSample> actors, int busyActors, int queueDepth,
                                long spansRecorded, long spansOverwritten, List<LibrarySample> library,
                                List<WorkSpan> running) {
    public TelemetrySnapshot {
        actors = List.copyOf(actors);
        library = List.copyOf(library);
        running = List.copyOf(running);
    }

    /** A snapshot with no batch running. */
    public TelemetrySnapshot(long atNanos, List<ActorSample> actors, int busyActors, int queueDepth,
                             long spansRecorded, long spansOverwritten, List<LibrarySample> library) {
        this(atNanos, actors, busyActors, queueDepth, spansRecorded, spansOverwritten, library, List.of());
    }

    /** One actor's counters: batches and threads assigned and done, time spent running, failed batches. */
    public record ActorSample(int actorId, String actor, ActorState state, long batchesAssigned, long batchesDone,
                              long threadsAssigned, long threadsDone, long busyNanos, long errors) {
    }

    /** A library's part of a snapshot (the Parallelizer's is a dispatch's progress). */
    public interface LibrarySample {
    }
}
