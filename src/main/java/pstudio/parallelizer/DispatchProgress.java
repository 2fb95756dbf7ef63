package pstudio.parallelizer;

import pstudio.engine.DispatchStatus;
import pstudio.engine.TelemetrySnapshot;

/**
 * A dispatch's progress in a telemetry snapshot: of {@code total} ids, {@code done} have their
 * result and {@code failed} threw; {@code cancelled} are the rest once it has ended (0 while it runs).
 */
public record DispatchProgress(long dispatchId, long schedulerId, String threadName, DispatchStatus status,
                               long total, long done, long failed, long cancelled)
        implements TelemetrySnapshot.LibrarySample {
}
