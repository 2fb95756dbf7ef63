package pstudio.ui.watch;

import pstudio.engine.ActorState;
import pstudio.place.FullNames;

/**
 * One actor as the heatmap draws it in one frame; immutable.
 *
 * @param index            1-based place in its job scheduler
 * @param activity         share of the last second it spent busy, 0 to 1
 * @param dispatchDone     threads of the frame's dispatch done by this actor; -1 when it has no share in it
 * @param dispatchAssigned threads of the frame's dispatch assigned to it; -1 when it has no share in it
 * @param lastError        first line of its last error, or null
 * @param errorScript      where its last error was raised (full name), or null; {@code errorLine} the line there
 * @param inCrashChain     one of the actors a crash chain failed in
 * @param destroyed        its actor was destroyed; the cell shows how it ended
 */
public record ActorCell(int actorId, int index, String fullName, ActorState state, double activity,
                        long batchesDone, long batchesAssigned, long threadsDone, long threadsAssigned,
                        long busyNanos, long errors, long dispatchDone, long dispatchAssigned, String lastError,
                        String errorScript, int errorLine, boolean inCrashChain, boolean destroyed) {

    /** Its name without the path of its storage. */
    public String name() {
        return FullNames.ownName(fullName);
    }

    /** Threads done over assigned in the frame's dispatch, 0 to 1; NaN when it has no share in it. */
    public double progress() {
        if (dispatchAssigned <= 0) {
            return Double.NaN;
        }
        return Math.min(1.0, (double) dispatchDone / dispatchAssigned);
    }

    public boolean canGoToError() {
        return errorScript != null && errorLine > 0;
    }
}
