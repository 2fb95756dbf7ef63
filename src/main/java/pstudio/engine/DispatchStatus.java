package pstudio.engine;

/** Where a dispatch stands, as its handle's {@code Status} reports it. */
public enum DispatchStatus {
    RUNNING, FINISHED, FAILED, CANCELLED
}
