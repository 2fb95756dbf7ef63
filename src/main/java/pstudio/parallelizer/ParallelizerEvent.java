package pstudio.parallelizer;

import java.util.List;
import pstudio.engine.DispatchStatus;
import pstudio.engine.LibraryEvent;

/**
 * The Parallelizer's lifecycle, published through the run's ordered, never-dropped channel
 * ({@link pstudio.engine.RunContext#publish(LibraryEvent)}). Times are run-clock nanoseconds; ids
 * are stable for the run (actor ids are the engine's, see {@link pstudio.engine.RunEvent.ActorCreated}).
 */
public sealed interface ParallelizerEvent extends LibraryEvent {

    /** CreateJobScheduler made a scheduler; its actors' ActorCreated events follow. */
    record SchedulerCreated(long atNanos, long schedulerId, String jobScript, int actorCount)
            implements ParallelizerEvent {
    }

    /** Destroy() ended a scheduler; its actors' ActorDestroyed events came before. */
    record SchedulerDestroyed(long atNanos, long schedulerId, String jobScript, int actorCount)
            implements ParallelizerEvent {
    }

    /**
     * A dispatch started running on the {@code actorCount} actors that bound its thread. {@code script}
     * and {@code line} are where it was called (null and 0 for a dispatch again from outside the
     * run); {@code againOf} is the dispatch it repeats, 0 for none.
     */
    record DispatchStarted(long atNanos, long dispatchId, long schedulerId, String threadName, int threadCount,
                           int batchSize, int actorCount, String script, int line, long againOf)
            implements ParallelizerEvent {
    }

    /**
     * A dispatch ended: {@code done} ids have their result, {@code failed} threw, {@code cancelled}
     * never ran or were not finished (cancel, a crash chain's abort, a destroyed scheduler); the three
     * add up to the thread count.
     */
    record DispatchEnded(long atNanos, long dispatchId, long schedulerId, String threadName, DispatchStatus status,
                         long wallNanos, long done, long failed, long cancelled) implements ParallelizerEvent {
    }

    /** A thread of a dispatch raised an error: where ({@code script}, {@code line}), what, in which actor. */
    record ThreadFailed(long atNanos, long dispatchId, int actorId, String actor, int threadId, String script,
                        int line, String errorType, String message) implements ParallelizerEvent {
    }

    /**
     * The same error in many actors: {@code dispatchId} 0 for a job script's top-level code.
     * {@code summary} is the line the Output shows; {@code failures} lists every actor it failed in.
     */
    record CrashChain(long atNanos, long dispatchId, long schedulerId, String script, int line, String errorType,
                      String message, int actorCount, List<ChainLink> failures, String summary)
            implements ParallelizerEvent {
        public CrashChain {
            failures = List.copyOf(failures);
        }
    }

    /** One actor of a crash chain and the thread it failed in (0 for top-level code). */
    record ChainLink(int actorId, String actor, int threadId) {
    }
}
