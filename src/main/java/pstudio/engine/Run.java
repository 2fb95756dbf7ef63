package pstudio.engine;

import java.time.Duration;
import java.util.List;
import pstudio.place.DataModel;

/**
 * One press of Run: works on a copy of the edited place, starts its scripts on the serial script
 * thread, and reports what happens through {@link RunListener}s. Stop throws the run away; the
 * edited place is never touched.
 */
public final class Run implements AutoCloseable {
    /** How long Stop waits for script threads to unwind. */
    public static final long STOP_MILLIS = 1_000;

    private final RunContext context;
    private boolean started;

    public Run(DataModel editedPlace, RunOptions options) {
        this.context = new RunContext(editedPlace.copyPlace(), options);
    }

    private Run(RunContext context) {
        this.context = context;
    }

    /** A run of {@code place} itself, not a copy: for a place nobody edits (the runner's, read from a file). */
    public static Run owning(DataModel place, RunOptions options) {
        return new Run(new RunContext(place, options));
    }

    /** The run's own copy of the place (the studio shows it in the Explorer while running). */
    public DataModel place() {
        return context.place();
    }

    public RunContext context() {
        return context;
    }

    /** Adds a listener; add them before {@link #start()} to see every event. */
    public void addListener(RunListener listener) {
        context.addListener(listener);
    }

    /**
     * Runs {@code action} on the event thread once the listeners have had every event published so
     * far, and before any later one: a telemetry sample sent this way never overtakes an event that
     * happened before it was taken. Dropped once the run's events have closed (after Stop).
     */
    public void afterEventsSoFar(Runnable action) {
        context.afterEventsSoFar(action);
    }

    /** Whether events were published that have not reached the listeners yet (call it from a listener). */
    public boolean eventsWaiting() {
        return context.eventsWaiting();
    }

    /** Starts the run without waiting: compiles the scripts that start, reports compile errors, starts the rest. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("a run starts once");
        }
        started = true;
        context.start();
    }

    public RunState state() {
        RunState s = context.state();
        return s == null ? RunState.RUNNING : s;
    }

    /** Waits until the scripts that start with the run have compiled and started; false on timeout. */
    public boolean awaitScriptsStarted(Duration timeout) throws InterruptedException {
        return context.awaitCompiled(timeout.toMillis());
    }

    /** Waits until nothing more can happen in the run; false on timeout or if it was stopped. */
    public boolean awaitQuiescent(Duration timeout) throws InterruptedException {
        return context.awaitQuiescent(timeout.toMillis());
    }

    /**
     * Ends the run within about a second, also when a script is in an endless loop, and delivers the
     * remaining events (under {@link OutputDelivery#EVERY_MESSAGE}, however long the listeners take).
     * Returns false if some thread would not stop (it is abandoned). A second caller waits for the
     * first one's stop to finish.
     */
    public synchronized boolean stop() {
        try {
            return context.stop(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Script lines running at this moment (place coordinates), e.g. to name an endless loop. */
    public List<String> busyLocations() {
        return context.busyLocations();
    }

    /** Snapshots of the run's counters and the worker threads' spans (see {@link RunTelemetry}). */
    public RunTelemetry telemetry() {
        return context.telemetry();
    }

    public RunStatistics statistics() {
        return context.statistics();
    }

    /** The last output messages of the run, oldest first (at most {@value EventPublisher#HISTORY}). */
    public List<OutputMessage> outputHistory() {
        return context.outputHistory();
    }

    @Override
    public void close() {
        stop();
    }
}
