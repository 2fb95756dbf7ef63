package pstudio.parallelizer;

import java.util.List;
import pstudio.engine.GlobalLibrary;
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
        return new Run(place, options(workers, delivery));
    }

    /** A run of the place itself, not a copy: the runner's place was read for this run alone. */
    public static Run owning(DataModel place, int workers, OutputDelivery delivery) {
        return owning(place, workers, delivery, List.of());
    }

    /** Like {@link #owning(DataModel, int, OutputDelivery)}, with further globals beside the Parallelizer. */
    public static Run owning(DataModel place, int workers, OutputDelivery delivery, List<GlobalLibrary> extra) {
        RunOptions options = options(workers, delivery);
        for (GlobalLibrary library : extra) {
            options = options.withLibrary(library);
        }
        return Run.owning(place, options);
    }

    private static RunOptions options(int workers, OutputDelivery delivery) {
        return RunOptions.defaults().withWorkers(workers).withOutputDelivery(delivery)
                .withLibrary(new ParallelizerLibrary());
    }
}
