package pstudio.parallelizer;

import pstudio.engine.OutputDelivery;
import pstudio.engine.Run;
import pstudio.engine.RunOptions;
import pstudio.place.DataModel;

/** The run the studio and the runner start: the engine with the Parallelizer library. */
public final class StudioRun {
    private StudioRun() {
    }

    /** A run that delivers every message, however slowly its listeners take them. */
    public static Run create(DataModel place, int workers) {
        return create(place, workers, OutputDelivery.EVERY_MESSAGE);
    }

    public static Run create(DataModel place, int workers, OutputDelivery delivery) {
        return new Run(place, RunOptions.defaults().withWorkers(workers).withOutputDelivery(delivery)
                .withLibrary(new ParallelizerLibrary()));
    }
}
