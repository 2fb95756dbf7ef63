package pstudio.engine;

/** The life of a run as the studio's toolbar and the runner see it. */
public enum RunState {
    /** Scripts are running or work is pending. */
    RUNNING,
    /** Nothing can happen any more unless something outside the run pokes it. */
    QUIESCENT,
    /** Stopped by the user or the runner; every thread has been released. */
    STOPPED
}
