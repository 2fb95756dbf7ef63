package pstudio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pstudio.engine.RunOptions;
import pstudio.protocol.Sandbox;

/** {@code studio bench}: the Parallelizer against a plain ForkJoinPool loop, in one process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the Parallelizer against a plain ForkJoinPool loop.",
            "Dispatches through 256 actors and, in the same process, runs the same compiled Groovy closure",
            "in a ForkJoinPool parallel loop; prints figures, ratios (ours / baseline) and the goals."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--workers", paramLabel = "N", description = "parallel worker threads (default: the core count)")
    Integer workers;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "5",
            description = "measured repetitions per case; the median is reported (default: ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--quick", description = "smaller cases, for a smoke test of the benchmark itself")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        int w = workers == null ? RunOptions.defaultWorkers() : workers;
        if (w < 1 || reps < 1) {
            System.err.println("error: --workers and --reps must be at least 1");
            return RunCommand.BAD_INPUT;
        }
        // scripts run as in an engine process: under the sandbox, whose checks are part of the cost
        if (!Sandbox.install()) {
            System.err.println("warning: this Java has no SecurityManager; the benchmark runs without the sandbox");
        }
        new Benchmark(w, reps, quick, System.out).runAll();
        return 0;
    }
}
