package pstudio.ui;

import pstudio.protocol.EngineMessage;

/**
 * Watches a run beside the Output: the panels' models (actor storage, dispatch history, timeline,
 * alerts) fill from the run's lifecycle and telemetry messages and draw them once per frame.
 */
public interface RunObserver {
    /** On the JavaFX thread, as Run is pressed: forget the last run; {@code commands} reach this one. */
    void runStarted(RunCommands commands);

    /**
     * On the engine's reader thread, in the order the engine sent: {@link EngineMessage.Lifecycle},
     * {@link EngineMessage.Telemetry}, {@link EngineMessage.DispatchAgainResult} and
     * {@link EngineMessage.Busy}. Must not block; models copy what they need and return.
     */
    void onMessage(EngineMessage message);

    /** On the JavaFX thread, when the run has ended; what it showed stays until the next run. */
    void runEnded();
}
