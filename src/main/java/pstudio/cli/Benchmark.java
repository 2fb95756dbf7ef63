package pstudio.cli;

import groovy.lang.Closure;
import java.io.PrintStream;
import java.security.AccessController;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import pstudio.engine.GlobalLibrary;
import pstudio.engine.LuauCall;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunContext;
import pstudio.engine.RunState;
import pstudio.place.DataModel;
import pstudio.place.ModuleScript;
import pstudio.place.PlaceTemplates;
import pstudio.protocol.EngineLaunch;
import pstudio.protocol.EngineListener;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;

/**
 * The benchmark cases of the Parallelizer. "Ours" is measured inside a real run in an engine
 * process, sandboxed and sending its telemetry as the studio's runs do, by the master script with
 * clock(), from the dispatch call to its callback. The baseline, in the same process, runs the
 * very closure the dispatch calls (the Work module's, called the same way) through a ForkJoinPool
 * parallel loop of the same size; a second baseline runs the same work
 * written in plain Java as an IntFunction, so the cost of Groovy itself shows. The master script
 * calls the baselines between its own repetitions (through a {@code Baseline} global), alternating
 * which side goes first, so every side sees the same machine load.
 */
final class Benchmark {
    static final int ACTORS = 256;
    /** Batches small enough that the telemetry case records a span every 64 ids. */
    static final int TELEMETRY_BATCH = 64;
    /** The batch rate at which the issue's telemetry goal (at most 5% slower) is stated. */
    static final int GOAL_BATCHES_PER_SECOND = 100_000;
    static final String CPU_WORK = "return { id, inst ->\n"
            + "    double s = 0\n"
            + "    for (int i = 1; i <= 600; i++) { s += Math.sqrt(id + i) * Math.sin(i) }\n"
            + "    s\n"
            + "}\n";
    static final String TRIVIAL_WORK = "return { id, inst -> id }\n";
    /** The plain-Java versions of the works, by the names the master scripts give the baseline. */
    static final Map<String, IntFunction<Object>> JAVA_WORK = Map.of(
            "cpu", id -> {
                double s = 0;
                for (int i = 1; i <= 600; i++) {
                    s += Math.sqrt(id + i) * Math.sin(i);
                }
                return s;
            },
            "trivial", id -> id);

    private final int workers;
    private final int reps;
    private final boolean quick;
    private final PrintStream out;

    Benchmark(int workers, int reps, boolean quick, PrintStream out) {
        this.workers = workers;
        this.reps = reps;
        this.quick = quick;
        this.out = out;
    }

    /** The cases, by the names {@code --case} takes, in the order they run. */
    static final List<String> CASES = List.of("cpu-bound", "overhead", "telemetry", "startup", "spare", "protocol",
            "compile", "heatmap", "image");

    void run(List<String> cases) throws Exception {
        out.printf("Parallelizer Studio benchmark: %d cores, %d workers, %d actors, Java %s, median of %d%n",
                Runtime.getRuntime().availableProcessors(), workers, ACTORS, System.getProperty("java.version"), reps);
        out.println();
        for (String name : cases) {
            switch (name) {
                case "cpu-bound" -> dispatchCase(name, CPU_WORK, "cpu", quick ? 2_000 : 40_000, 1.10, 0);
                case "overhead" -> dispatchCase(name, TRIVIAL_WORK, "trivial", quick ? 100_000 : 1_000_000, 3.0,
                        5_000_000);
                case "telemetry" -> telemetryCase(quick ? 100_000 : 1_000_000);
                case "startup" -> startupCase();
                case "spare" -> new SpareEngineCost(workers, quick ? 1 : 3, out).run();
                case "protocol" -> new ProtocolCost(quick ? 1 : reps, out).run();
                case "compile" -> compileCase();
                case "heatmap" -> new HeatmapCost(workers, reps, quick ? 0.1 : 1.0, out).run();
                case "image" -> ImageWriteCost.report(runPlace(ImageWriteCost.master(reps), ImageWriteCost.WORK), out);
                default -> throw new IllegalArgumentException("no benchmark case " + name);
            }
        }
    }

    private void dispatchCase(String name, String work, String javaWork, int ids, double maxRatio,
                              double minIdsPerSecond) throws Exception {
        List<Double> ours = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Double> plainJava = new ArrayList<>();
        double first = 0;
        for (String line : runDispatches(work, javaWork, ids)) {
            String[] f = line.split(" ");
            if (f[0].equals("0")) {
                first = Double.parseDouble(f[1]);
                continue;
            }
            ours.add(Double.parseDouble(f[1]));
            baseline.add(Double.parseDouble(f[2]));
            plainJava.add(Double.parseDouble(f[3]));
        }
        double o = median(ours);
        double b = median(baseline);
        double j = median(plainJava);
        double ratio = o / b;
        double rate = ids / (o / 1000);
        boolean ok = ratio <= maxRatio && rate >= minIdsPerSecond;
        out.printf("%-10s %,d ids%n", name, ids);
        out.printf("  ours       %9.1f ms   %,12.0f ids/s   (the run's first dispatch, cold: %.1f ms)%n", o, rate, first);
        out.printf("  baseline   %9.1f ms   %,12.0f ids/s   (ForkJoinPool parallel loop, same closure)%n", b,
                ids / (b / 1000));
        out.printf("  plain Java %9.1f ms   %,12.0f ids/s   (the same work as a Java IntFunction; ours / this: %.2f)%n",
                j, ids / (j / 1000), o / j);
        out.printf("  ratio      %9.2f      goal: ratio <= %.2f%s   %s%n%n", ratio, maxRatio,
                minIdsPerSecond > 0 ? String.format(" and >= %,.0f ids/s", minIdsPerSecond) : "",
                ok ? "MET" : "MISSED");
    }

    /**
     * Runs a place whose master dispatches {@code ids} threads reps+1 times, each next to the two
     * baselines (ours first in even repetitions, last in odd ones), and prints "rep ours baseline
     * java" in ms for every repetition; rep 0 is the run's first dispatch, cold.
     */
    private List<String> runDispatches(String work, String javaWork, int ids) throws Exception {
        String master = "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "Baseline.use(require(game.ReplicatedStorage.Work), '" + javaWork + "')\n"
                + "def js = P.CreateJobScheduler(script.Job, " + ACTORS + ", script)\n"
                + "for (int rep = 0; rep <= " + reps + "; rep++) {\n"
                + "    double base = 0, java = 0\n"
                + "    if (rep % 2 == 1) { java = Baseline.runJava(" + ids + "); base = Baseline.run(" + ids + ") }\n"
                + "    double t0 = clock()\n"
                + "    double t1 = 0\n"
                + "    js.DispatchEquallyAsync('Work', " + ids + ", { r -> t1 = clock() }).Wait()\n"
                + "    if (rep % 2 == 0) { base = Baseline.run(" + ids + "); java = Baseline.runJava(" + ids + ") }\n"
                + "    print(\"${rep} ${(t1 - t0) * 1000} ${base} ${java}\")\n"
                + "}\n";
        return runPlace(master, work);
    }

    /**
     * What telemetry costs on the hot path: the same dispatch in many small batches (a span and the
     * counters per batch), with telemetry on and off in turn, in one run, so both see the same load.
     */
    private void telemetryCase(int ids) throws Exception {
        String master = "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = P.CreateJobScheduler(script.Job, " + ACTORS + ", script)\n"
                + "def timed = { boolean on, int batch ->\n"
                + "    Telemetry.set(on)\n"
                + "    double t0 = clock()\n"
                + "    double t1 = 0\n"
                + "    js.DispatchAsync('Work', " + ids + ", batch, { r -> t1 = clock() }).Wait()\n"
                + "    (t1 - t0) * 1000\n"
                + "}\n"
                + "def offs = []\n"
                + "def measure = { int batch ->\n"
                + "    for (int rep = 0; rep <= " + reps + "; rep++) {\n"
                + "        double on, off\n"
                + "        if (rep % 2 == 0) { on = timed(true, batch); off = timed(false, batch) }"
                + " else { off = timed(false, batch); on = timed(true, batch) }\n"
                + "        if (rep > 0) { offs.add(off) }\n"
                + "        print(\"${batch} ${rep} ${on} ${off}\")\n"
                + "    }\n"
                + "}\n"
                + "measure(" + TELEMETRY_BATCH + ")\n"
                // the batch size that gives the goal's rate with telemetry off, from the warm runs above
                + "double perBatch = offs.sort()[offs.size().intdiv(2)] * " + TELEMETRY_BATCH + " / " + ids + "\n"
                + "measure(Math.max(1, math.floor(" + TELEMETRY_BATCH + " * (1000 / " + GOAL_BATCHES_PER_SECOND
                + ") / perBatch)))\n";
        List<String> lines = runPlace(master, TRIVIAL_WORK);
        int stressBatch = TELEMETRY_BATCH;
        int ratedBatch = Integer.parseInt(lines.get(lines.size() - 1).split(" ")[0]);
        telemetryRow(ids, stressBatch, lines.subList(0, lines.size() / 2), false);
        telemetryRow(ids, ratedBatch, lines.subList(lines.size() / 2, lines.size()), true);
    }

    /** One batch size's on/off medians; the rated row holds the goal of at most 5% at the goal's batch rate. */
    private void telemetryRow(int ids, int batch, List<String> lines, boolean rated) {
        List<Double> on = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            if (!f[1].equals("0")) {
                on.add(Double.parseDouble(f[2]));
                off.add(Double.parseDouble(f[3]));
            }
        }
        double a = median(on);
        double b = median(off);
        double batchesPerSecond = ids / (double) batch / (b / 1000);
        out.printf("telemetry  %,d ids in batches of %d: %,.0f batches a second; on vs off in turn in one run%n", ids,
                batch, batchesPerSecond);
        out.printf("  on         %9.1f ms%n", a);
        out.printf("  off        %9.1f ms%n", b);
        if (rated) {
            out.printf("  ratio      %9.2f      goal: on / off <= 1.05 at about %,d batches a second   %s%n%n", a / b,
                    GOAL_BATCHES_PER_SECOND, a / b <= 1.05 ? "MET" : "MISSED");
        } else {
            out.printf("  ratio      %9.2f      (on / off; the smallest batches, for judging)%n%n", a / b);
        }
    }

    /** The {@code Memory} global of the startup case: {@code Memory.used()} is the heap in use after collecting. */
    public static final class HeapInUse implements GlobalLibrary {
        @Override
        public String name() {
            return "Memory";
        }

        @Override
        public Object create(RunContext run) {
            return this;
        }

        public long used() {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return rt.totalMemory() - rt.freeMemory();
        }
    }

    /** The {@code Telemetry} global of the telemetry case: {@code Telemetry.set(on)} switches span recording. */
    public static final class TelemetrySwitch implements GlobalLibrary {
        private RunContext run;

        @Override
        public String name() {
            return "Telemetry";
        }

        @Override
        public Object create(RunContext run) {
            this.run = run;
            return this;
        }

        public void set(boolean on) {
            run.telemetry().setEnabled(on);
        }
    }

    private void startupCase() throws Exception {
        String master = "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def used = { Memory.used() }\n"
                + "for (int rep = 0; rep <= " + reps + "; rep++) {\n"
                + "    long before = used()\n"
                + "    double t0 = clock()\n"
                + "    def js = P.CreateJobScheduler(script.Job, " + ACTORS + ", script)\n"
                + "    double ms = (clock() - t0) * 1000\n"
                + "    long after = used()\n"
                + "    print(\"${rep} ${ms} ${(after - before) / " + ACTORS + "}\")\n"
                + "    js.Destroy()\n"
                + "}\n";
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        for (String line : runPlace(master, TRIVIAL_WORK)) {
            String[] f = line.split(" ");
            (f[0].equals("0") ? cold : warm).add(Double.parseDouble(f[1]));
            bytes.add(Double.parseDouble(f[2]));
        }
        double ms = median(warm);
        double slowest = Collections.max(warm);
        double kb = median(bytes) / 1024;
        boolean ok = slowest < 100 && kb < 64;
        out.printf("startup    CreateJobScheduler with %d actors%n", ACTORS);
        out.printf("  time       %9.1f ms   slowest %.1f ms   (first, compiling the job script: %.1f ms)%n", ms, slowest,
                cold.get(0));
        out.printf("  retained   %9.1f KB per actor%n", kb);
        out.printf("  goal: under 100 ms in every warm repetition and under 64 KB per actor   %s%n", ok ? "MET" : "MISSED");
    }

    /** What Luau's numbers cost to compile (see {@link CompileCost}); no goal, the figures are for judging. */
    private void compileCase() throws Exception {
        int coldRuns = quick ? 1 : 3;
        List<Double> coldPlain = new ArrayList<>();
        List<Double> coldLuau = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            coldPlain.add(CompileCost.cold(false));
            coldLuau.add(CompileCost.cold(true));
        }
        double[] warm = CompileCost.warm(quick ? 5 : 20, quick ? 5 : 20);
        double cp = median(coldPlain);
        double cl = median(coldLuau);
        out.printf("%ncompile    %d representative scripts (the guide's master and job, the cpu-bound work, an arithmetic"
                + " loop)%n", CompileCost.SCRIPTS.size());
        out.printf("  cold       %9.1f ms   without Luau numbers %.1f ms: %+.1f ms   (a fresh JVM's first compile)%n",
                cl, cp, cl - cp);
        out.printf("  warm       %9.1f ms   without Luau numbers %.1f ms: %+.1f ms (%+.0f%%)%n", warm[1], warm[0],
                warm[1] - warm[0], (warm[1] / warm[0] - 1) * 100);
    }

    /**
     * Runs a place with the given master source and Work module in an engine process, as the studio
     * and the runner do (sandboxed, telemetry sampled and sent), with the benchmark's globals; returns
     * what it printed.
     */
    private List<String> runPlace(String masterSource, String work) throws Exception {
        DataModel place = PlaceTemplates.guideLayout(masterSource, "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(Actor, 'Work', require(game.ReplicatedStorage.Work))\n");
        ModuleScript workModule = new ModuleScript();
        workModule.setName("Work");
        workModule.setSource(work);
        workModule.setParent(place.GetService("ReplicatedStorage"));

        EngineLaunch launch = EngineLaunch.likeThisProcess(EngineLaunch.DEFAULT_HEAP_MEGABYTES).withoutWarmUp()
                .withLibraries(List.of(Baseline.class, TelemetrySwitch.class, HeapInUse.class,
                        ImageWriteCost.ImageBaseline.class));
        PrintCollector prints = new PrintCollector();
        try (EngineProcess engine = EngineProcess.launch(launch)) {
            if (!engine.awaitReady(Duration.ofMinutes(1))) {
                throw new IllegalStateException("the benchmark's engine process did not start within a minute");
            }
            if (!engine.securityManagerHolds()) {
                out.println("warning: the engine has no SecurityManager; its scripts run without the sandbox's checks");
            }
            engine.startRun(place, workers, prints);
            prints.awaitQuiescent(Duration.ofMinutes(10));
            engine.stop();
        }
        return prints.result();
    }

    /** Collects a benchmark run's printed lines; any other message, or the engine ending early, fails the case. */
    private static final class PrintCollector implements EngineListener {
        private final List<String> prints = Collections.synchronizedList(new ArrayList<>());
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch settled = new CountDownLatch(1);
        private volatile boolean quiescent;

        @Override
        public void onMessage(EngineMessage message) {
            if (message instanceof EngineMessage.Output o) {
                for (OutputMessage m : o.messages()) {
                    if (m.level() == OutputLevel.PRINT) {
                        prints.add(m.text());
                    } else {
                        problems.add((m.location() == null ? "" : m.location() + ": ") + m.text());
                    }
                }
            } else if (message instanceof EngineMessage.StateChanged s && s.state() == RunState.QUIESCENT) {
                quiescent = true;
                settled.countDown();
            }
        }

        @Override
        public void onExit(String problem) {
            if (problem != null) {
                problems.add(problem);
            }
            settled.countDown();
        }

        void awaitQuiescent(Duration timeout) throws InterruptedException {
            settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        List<String> result() {
            if (!quiescent || !problems.isEmpty()) {
                throw new IllegalStateException("benchmark run failed: " + (quiescent ? problems : "it did not finish; " + problems));
            }
            return prints;
        }
    }

    /**
     * The {@code Baseline} global: {@code Baseline.run(ids)} times the plain ForkJoinPool loop over
     * the closure, {@code Baseline.runJava(ids)} over the Java version of the work, in ms.
     */
    public static final class Baseline implements GlobalLibrary {
        private ForkJoinPool pool;
        private LuauCall.ThreadFunction fn;
        private IntFunction<Object> javaWork;

        @Override
        public String name() {
            return "Baseline";
        }

        /** The pool lives as long as the run, warm like the run's own worker pool, with as many workers. */
        @Override
        public Object create(RunContext run) {
            // its own factory: the JDK's default one starts threads with almost no rights under a SecurityManager
            pool = new ForkJoinPool(run.workerCount(), p -> new ForkJoinWorkerThread(p) { }, null, false);
            return this;
        }

        /** The work both baselines run: the closure the dispatch calls (the Work module's), and its Java twin by name. */
        public void use(Closure<?> work, String javaName) {
            fn = LuauCall.threadFunction(work);
            javaWork = JAVA_WORK.get(javaName);
        }

        /** One parallel loop over ids 1..n calling the closure as a dispatch calls it; milliseconds. */
        public double run(int ids) throws Exception {
            Object[] results = new Object[ids];
            long t0 = System.nanoTime();
            privileged(() -> pool.submit(() -> IntStream.rangeClosed(1, ids).parallel().forEach(id -> {
                try {
                    results[id - 1] = fn.call(id, null);
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            })));
            return (System.nanoTime() - t0) / 1e6;
        }

        /** The same loop over the work written in Java; milliseconds. */
        public double runJava(int ids) throws Exception {
            Object[] results = new Object[ids];
            long t0 = System.nanoTime();
            privileged(() -> pool.submit(() -> IntStream.rangeClosed(1, ids).parallel()
                    .forEach(id -> results[id - 1] = javaWork.apply(id))));
            return (System.nanoTime() - t0) / 1e6;
        }

        /**
         * Submits and waits with the benchmark's own rights: waiting, the caller helps run the loop's
         * tasks and the pool starts threads, though a script called the baseline.
         */
        @SuppressWarnings("removal")
        private static void privileged(Supplier<Future<?>> submit) throws Exception {
            try {
                AccessController.doPrivileged((PrivilegedExceptionAction<Object>) () -> submit.get().get());
            } catch (PrivilegedActionException e) {
                throw e.getException();
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
