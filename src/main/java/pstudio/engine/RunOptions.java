package pstudio.engine;

import java.util.List;

/**
 * How a run is set up.
 *
 * @param workers   threads in the parallel worker pool (actors share them)
 * @param libraries globals added to every script beyond the built-in ones (the Parallelizer library)
 */
public record RunOptions(int workers, List<GlobalLibrary> libraries) {
    public RunOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        libraries = List.copyOf(libraries);
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static RunOptions defaults() {
        return new RunOptions(defaultWorkers(), List.of());
    }

    public RunOptions withWorkers(int n) {
        return new RunOptions(n, libraries);
    }

    public RunOptions withLibrary(GlobalLibrary library) {
        List<GlobalLibrary> all = new java.util.ArrayList<>(libraries);
        all.add(library);
        return new RunOptions(workers, all);
    }
}
