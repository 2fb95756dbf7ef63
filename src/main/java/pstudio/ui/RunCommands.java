package pstudio.ui;

/**
 * Commands into the live run, as the panels send them. Each goes to the engine off the JavaFX
 * thread; answers come back as messages to the {@link RunObserver}s. After the run ends they do nothing.
 */
public interface RunCommands {
    void cancelDispatch(long dispatchId);

    /** Dispatches {@code dispatchId}'s thread again with a new thread count and batch size; a DispatchAgainResult answers. */
    void dispatchAgain(long dispatchId, int threadCount, int batchSize);

    /** Asks where the scripts are busy; a Busy message answers. */
    void reportBusy();

    /** Commands for no run: the panels' state before the first Run. */
    RunCommands NONE = new RunCommands() {
        @Override
        public void cancelDispatch(long dispatchId) {
        }

        @Override
        public void dispatchAgain(long dispatchId, int threadCount, int batchSize) {
        }

        @Override
        public void reportBusy() {
        }
    };
}
