package pstudio.engine;

import java.time.Duration;
import pstudio.place.DataModel;

/**
 * One press of Run: works on a copy of the edited place, starts its scripts on the serial script
 * thread, and reports what happens through {@link RunListener}s. Stop throws the run away; the
 * edited place is never touched.
 */
public final class Run implements AutoCloseable {
    private final DataModel place;
    private final RunOptions options;

    public Run(DataModel editedPlace, RunOptions options) {
        this.place = editedPlace.copyPlace();
        this.options = options;
    }

    /** The run's own copy of the place (the studio shows it in the Explorer while running). */
    public DataModel place() {
        return place;
    }

    public RunOptions options() {
        return options;
    }

    public void addListener(RunListener listener) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Compiles every script that should start, reports compile errors, then starts the rest. */
    public void start() {
        throw new UnsupportedOperationException("not yet");
    }

    public RunState state() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Waits until nothing more can happen in the run; false on timeout. */
    public boolean awaitQuiescent(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Ends the run within about a second, also when a script is in an endless loop. */
    public void stop() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        stop();
    }
}
