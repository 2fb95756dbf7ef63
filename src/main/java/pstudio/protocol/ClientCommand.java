package pstudio.protocol;

import pstudio.place.DataModel;

/** What a client tells an engine process. */
public sealed interface ClientCommand {

    /** Runs {@code place} (the engine's own copy of it) with that many parallel workers. */
    record StartRun(DataModel place, int workers) implements ClientCommand {
    }

    /** Ends the run; the engine answers {@link EngineMessage.Ended} and exits. */
    record Stop() implements ClientCommand {
    }
}
