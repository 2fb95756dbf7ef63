package pstudio.engine;

/**
 * What a run reports to its listeners; immutable, delivered in batches in the order they happened.
 * Every event carries {@link #atNanos()}, run-clock time (see {@link RunClock}). Lifecycle events are
 * never dropped; output follows {@link OutputDelivery}. Ids are stable for the run: an actor id, a
 * script id, and the ids a library gives its own things (a job scheduler's, a dispatch's).
 *
 * <p>A library above the engine (the Parallelizer) reports its own lifecycle through the same
 * ordered channel with events that implement {@link LibraryEvent}.
 */
public sealed interface RunEvent permits RunEvent.Output, RunEvent.StateChanged, RunEvent.ScriptStarted,
        RunEvent.ScriptEnded, RunEvent.ScriptErrored, RunEvent.ActorCreated, RunEvent.ActorDestroyed, LibraryEvent {

    /** When it happened, in nanoseconds since the run started. */
    long atNanos();

    /** A message for the Output panel. */
    record Output(long atNanos, OutputMessage message) implements RunEvent {
    }

    /** The run moved to a new state. */
    record StateChanged(long atNanos, RunState state) implements RunEvent {
    }

    /**
     * A script's top-level code started. {@code script} is the full name it is shown as (a job script's
     * clone is shown as the job script); {@code actorId} is the actor whose VM runs it, 0 for none.
     */
    record ScriptStarted(long atNanos, int scriptId, String script, int actorId) implements RunEvent {
    }

    /** A script's top-level code ended without an error (its handlers may still run). */
    record ScriptEnded(long atNanos, int scriptId, String script) implements RunEvent {
    }

    /**
     * A script's top-level code ended with an error; {@code errorScript} and {@code line} are where it
     * was raised (a module the script required, say), {@code message} the error's text.
     */
    record ScriptErrored(long atNanos, int scriptId, String script, String errorScript, int line, String message)
            implements RunEvent {
    }

    /**
     * An actor got its VM. {@code schedulerId} is the id of the library group that made it (a job
     * scheduler), 0 for an Actor of the place; {@code index} its 1-based place in that group, 0 for none.
     */
    record ActorCreated(long atNanos, int actorId, long schedulerId, int index, String actor) implements RunEvent {
    }

    record ActorDestroyed(long atNanos, int actorId, long schedulerId, int index, String actor) implements RunEvent {
    }
}
