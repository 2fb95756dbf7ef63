package pstudio.engine;

/**
 * Unwinds a script thread when its run is stopped or its coroutine is cancelled. An Error, so a
 * script's {@code catch (Exception e)} does not swallow it.
 */
final class RunStopped extends Error {
    RunStopped() {
        super("the run was stopped", null, false, false);
    }
}
