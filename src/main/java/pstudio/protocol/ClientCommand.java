package pstudio.protocol;

import pstudio.engine.OutputDelivery;
import pstudio.place.DataModel;

/** What a client tells an engine process. */
public sealed interface ClientCommand {

    /**
     * Runs {@code place} (the engine's own copy of it) with that many parallel workers; the studio
     * lets prints drop when it falls behind, the headless runner takes every message.
     */
    record StartRun(DataModel place, int workers, OutputDelivery delivery) implements ClientCommand {
        public StartRun(DataModel place, int workers) {
            this(place, workers, OutputDelivery.DROP_PRINTS_WHEN_BEHIND);
        }
    }

    /** Asks where the scripts are busy now; the engine answers {@link EngineMessage.Busy}. */
    record ReportBusy() implements ClientCommand {
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
