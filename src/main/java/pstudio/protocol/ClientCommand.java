package pstudio.protocol;

import pstudio.place.DataModel;

/** What a client tells an engine process. */
public sealed interface ClientCommand {

    /** Runs {@code place} (the engine's own copy of it) with that many parallel workers. */
    record StartRun(DataModel place, int workers) implements ClientCommand {
    }

    /** Cancels a dispatch in flight (nothing happens if it has ended). */
    record CancelDispatch(long dispatchId) implements ClientCommand {
    }

    /** Dispatches again what dispatch {@code dispatchId} dispatched, with a new thread count and batch size. */
    record DispatchAgain(long dispatchId, int threadCount, int batchSize) implements ClientCommand {
    }

    /** Ends the run; the engine answers {@link EngineMessage.Ended} and exits. */
    record Stop() implements ClientCommand {
    }
}
