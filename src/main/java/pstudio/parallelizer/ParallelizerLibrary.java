package pstudio.parallelizer;

import pstudio.engine.GlobalLibrary;
import pstudio.engine.RunContext;

/**
 * Adds the {@code Parallelizer} global to a run; the ReplicatedStorage.Parallelizer ModuleScript of
 * a place is the one-line bridge {@code return Parallelizer}.
 */
public final class ParallelizerLibrary implements GlobalLibrary {
    public static final String GLOBAL_NAME = "Parallelizer";
    /** The source of the bridge ModuleScript that places keep in ReplicatedStorage. */
    public static final String BRIDGE_SOURCE = "return Parallelizer";

    @Override
    public String name() {
        return GLOBAL_NAME;
    }

    @Override
    public Object create(RunContext run) {
        return new Parallelizer(run);
    }
}
