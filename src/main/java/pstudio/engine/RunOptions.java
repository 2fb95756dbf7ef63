package pstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a run is set up.
 *
 * @param workers        threads in the parallel worker pool (actors share them)
 * @param libraries      globals added to every script beyond the built-in ones (the Parallelizer library)
 * @param outputDelivery whether prints wait for slow listeners or are dropped (and counted) past the cap
 * @param telemetry      whether worker threads record spans (see {@link RunTelemetry}); on unless
 *                       {@code -Dpstudio.telemetry=off}
 */
public record RunOptions(int workers, List<GlobalLibrary> libraries, OutputDelivery outputDelivery,
                         boolean telemetry) {
    public RunOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        libraries = List.copyOf(libraries);
        Objects.requireNonNull(outputDelivery, "outputDelivery");
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static RunOptions defaults() {
        return new RunOptions(defaultWorkers(), List.of(), OutputDelivery.EVERY_MESSAGE,
                RunTelemetry.enabledByDefault());
    }

    public RunOptions withWorkers(int n) {
        return new RunOptions(n, libraries, outputDelivery, telemetry);
    }

    public RunOptions withLibrary(GlobalLibrary library) {
        List<GlobalLibrary> all = new ArrayList<>(libraries);
        all.add(library);
        return new RunOptions(workers, all, outputDelivery, telemetry);
    }

    public RunOptions withOutputDelivery(OutputDelivery delivery) {
        return new RunOptions(workers, libraries, delivery, telemetry);
    }

    public RunOptions withTelemetry(boolean on) {
        return new RunOptions(workers, libraries, outputDelivery, on);
    }
}
