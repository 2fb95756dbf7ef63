package pstudio.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pstudio.engine.RunOptions;

/** {@code studio bench}: the Parallelizer in an engine process against a plain ForkJoinPool loop in the same process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the Parallelizer against a plain ForkJoinPool loop.",
            "Dispatches through 256 actors in an engine process and, in that process, runs the same Groovy closure",
            "in a ForkJoinPool parallel loop; prints figures, ratios (ours / baseline) and the goals.",
            "The heatmap case draws the studio's actor heatmap on a headless stage while a run goes;",
            "the image case times a callback's WritePixels of a whole 1,024 x 1,024 result."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--workers", paramLabel = "N", description = "parallel worker threads (default: the core count)")
    Integer workers;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "5",
            description = "measured repetitions per case; the median is reported (default: ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--case", paramLabel = "NAME", split = ",",
            description = "run only these cases: cpu-bound, overhead, telemetry, startup, spare, protocol, compile,"
                    + " heatmap, image")
    List<String> cases;

    @Option(names = "--quick", description = "smaller cases, for a smoke test of the benchmark itself")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        int w = workers == null ? RunOptions.defaultWorkers() : workers;
        if (w < 1 || reps < 1) {
            System.err.println("error: --workers and --reps must be at least 1");
            return RunCommand.BAD_INPUT;
        }
        List<String> chosen = cases == null ? Benchmark.CASES : cases;
        for (String name : chosen) {
            if (!Benchmark.CASES.contains(name)) {
                System.err.println("error: there is no benchmark case '" + name + "'; the cases are "
                        + String.join(", ", Benchmark.CASES));
                return RunCommand.BAD_INPUT;
            }
        }
        new Benchmark(w, reps, quick, System.out).run(chosen);
        return 0;
    }
}
