package pstudio.parallelizer;

import pstudio.engine.Run;
import pstudio.engine.RunOptions;
import pstudio.place.DataModel;

/** The run the studio and the runner start: the engine with the Parallelizer library. */
public final class StudioRun {
    private StudioRun() {
    }

    public static Run create(DataModel place, int workers) {
        return new Run(place, RunOptions.defaults().withWorkers(workers).withLibrary(new ParallelizerLibrary()));
    }
}
