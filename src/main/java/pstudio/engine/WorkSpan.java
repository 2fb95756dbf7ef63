package pstudio.engine;

/**
 * One stretch of parallel work on one worker thread. {@code worker} is the index of the thread's
 * ring (see {@link RunTelemetry#workers()}); {@code dispatchId}, {@code firstId} and {@code lastId}
 * are the batch's, or -1, 0 and 0 for work that is not a batch. Times are run-clock nanoseconds.
 */
public record WorkSpan(int worker, int actorId, long dispatchId, int firstId, int lastId, long startNanos,
                       long endNanos, boolean failed, SpanKind kind) {
}
