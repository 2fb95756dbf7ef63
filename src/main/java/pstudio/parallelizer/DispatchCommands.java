package pstudio.parallelizer;

import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.Run;
import pstudio.engine.ScriptError;

/**
 * Commands into a running place, from outside its scripts (the studio's buttons, through the run
 * protocol): cancel a dispatch, dispatch one again with another thread count or batch size. Safe to
 * call from any thread; nothing here waits for the run's scripts.
 */
public final class DispatchCommands {
    private final Parallelizer library;

    private DispatchCommands(Parallelizer library) {
        this.library = library;
    }

    /** The commands of a run made by {@link StudioRun}; null for a run without the Parallelizer. */
    public static DispatchCommands of(Run run) {
        Object lib = run.context().library(ParallelizerLibrary.GLOBAL_NAME);
        return lib instanceof Parallelizer p ? new DispatchCommands(p) : null;
    }

    /**
     * Cancels dispatch {@code dispatchId} as its handle's {@code Cancel()} does; true if it was in
     * flight (its DispatchEnded event then reads Cancelled, unless its callback had already started).
     */
    public boolean cancel(long dispatchId) {
        Dispatch d = library.liveDispatch(dispatchId);
        if (d == null) {
            return false;
        }
        d.cancel();
        return true;
    }

    /** What dispatch again answers: the new dispatch's id, or why there is none. */
    public record Result(long dispatchId, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Dispatches dispatch {@code dispatchId}'s thread again on the same scheduler, with the same
     * instruction data and callback, but {@code threadCount} ids in batches of {@code batchSize}. The
     * new dispatch starts on the run's serial thread after what waits there; its id is returned at
     * once and its events carry {@code againOf = dispatchId}. A run that was quiescent runs again.
     */
    public Result dispatchAgain(long dispatchId, int threadCount, int batchSize) {
        Parallelizer.Recipe recipe = library.recipe(dispatchId);
        if (recipe == null) {
            return new Result(0, "there is no dispatch " + dispatchId + " in this run");
        }
        if (recipe.scheduler().isDestroyed()) {
            return new Result(0, "the job scheduler of dispatch " + dispatchId + " ("
                    + recipe.scheduler().jobScriptName() + ") was destroyed");
        }
        if (threadCount < 0 || batchSize < 1) {
            return new Result(0, "the thread count cannot be negative and the batch size must be at least 1");
        }
        if (library.run().isStopped()) {
            return new Result(0, "the run has stopped");
        }
        long newId = library.nextDispatchId();
        library.run().beginCommandWork();
        library.run().deferTask(() -> {
            try {
                recipe.scheduler().dispatchAgain(dispatchId, recipe, newId, threadCount, batchSize);
            } catch (ScriptError refused) {
                library.run().statistics().error(null, refused.getMessage());
                library.run().output(OutputMessage.of(OutputLevel.ERROR, "dispatch again of '" + recipe.threadName()
                        + "': " + refused.getMessage(), null, 0));
            } finally {
                library.run().endWork();
            }
        }, null);
        return new Result(newId, null);
    }
}
