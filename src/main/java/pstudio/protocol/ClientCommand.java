package pstudio.protocol;

import pstudio.engine.OutputDelivery;
import pstudio.place.DataModel;

/** What a client tells an engine process. */
public sealed interface ClientCommand {

    /**
     * Runs {@code place} (the engine's own copy of it) with that many parallel workers. The studio
     * lets prints drop when it falls behind and follows the run's tree; the headless runner takes
     * every message and has no use for the tree (numbering 100,000 instances for it costs a quarter
     * of a second).
     */
    record StartRun(DataModel place, int workers, OutputDelivery delivery, boolean treeChanges) implements ClientCommand {
        /** The studio's run. */
        public StartRun(DataModel place, int workers) {
            this(place, workers, OutputDelivery.DROP_PRINTS_WHEN_BEHIND, true);
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
