package pstudio.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import pstudio.engine.DispatchStatus;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.place.DataModel;
import pstudio.place.ModuleScript;
import pstudio.place.PlaceTemplates;
import pstudio.protocol.EngineLaunch;
import pstudio.protocol.EngineListener;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;

/**
 * The heatmap case: the studio's actor heatmap drawing a run of 1,024 actors at about 100,000
 * batches a second. A real run in an engine process, started as the studio starts one, sends its
 * messages to the panel's model; the benchmark dispatches the same thread again and again through
 * the command channel ("Dispatch again"), with the panel shown and hidden in turn, and reads each
 * dispatch's wall time from the engine's own DispatchEnded. Frame times come from the panel's stage.
 */
final class HeatmapCost {
    static final int ACTORS = 1024;
    static final int GOAL_BATCHES_PER_SECOND = Benchmark.GOAL_BATCHES_PER_SECOND;
    static final double GOAL_FPS = 30;
    static final double GOAL_RATIO = 1.05;
    /** Time for the panel to be drawn (or hidden) before the next dispatch starts. */
    private static final long SETTLE_MILLIS = 300;
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int MAX_BATCH = 1 << 16;
    /**
     * About a microsecond of arithmetic per id, returning nothing: the goal's batch rate comes with
     * batches of a few ids and a million or so results a second. With the trivial work it took
     * hundreds of ids a batch, tens of millions of boxed results a dispatch, and the engine's
     * collector, not its batches, set the times.
     */
    static final String LIGHT_WORK = "return { id, inst ->\n"
            + "    double s = 0\n"
            + "    for (int i = 1; i <= 40; i++) { s += Math.sqrt(id + i) }\n"
            + "    null\n"
            + "}\n";

    private final int workers;
    private final int reps;
    private final double seconds;
    private final PrintStream out;

    /** {@code seconds}: about how long each measured dispatch runs. */
    HeatmapCost(int workers, int reps, double seconds, PrintStream out) {
        this.workers = workers;
        this.reps = reps;
        this.seconds = seconds;
        this.out = out;
    }

    void run() throws Exception {
        Optional<PanelStage> found = ServiceLoader.load(PanelStage.class).findFirst();
        if (found.isEmpty()) {
            out.println("heatmap    skipped: the studio's panels are not on the class path");
            return;
        }
        EngineLaunch launch = EngineLaunch.likeThisProcess(EngineLaunch.DEFAULT_HEAP_MEGABYTES).withoutWarmUp();
        try (PanelStage stage = found.get(); EngineProcess engine = EngineProcess.launch(launch)) {
            Watch watch = new Watch(stage.open());
            if (!engine.awaitReady(Duration.ofMinutes(1))) {
                throw new IllegalStateException("the benchmark's engine process did not start within a minute");
            }
            engine.startRun(place(), workers, watch); // as the studio does: its delivery, the run's tree too
            long first = watch.firstDispatch();
            int batch = calibrate(engine, watch, first);
            int ids = (int) Math.min(Integer.MAX_VALUE, (long) batch * GOAL_BATCHES_PER_SECOND * seconds);
            List<Double> shown = new ArrayList<>();
            List<Double> hidden = new ArrayList<>();
            List<Double> shownCpu = new ArrayList<>();
            List<Double> hiddenCpu = new ArrayList<>();
            List<Double> shownPanelCpu = new ArrayList<>();
            List<Double> hiddenPanelCpu = new ArrayList<>();
            FrameTimes cold = FrameTimes.NONE;
            FrameTimes warm = FrameTimes.NONE;
            long coldSamples = 0;
            long warmSamples = 0;
            double coldShown = 0;
            double coldHidden = 0;
            for (int rep = 0; rep <= reps; rep++) {
                // shown first in even repetitions, hidden first in odd ones: both sides see the same load
                for (boolean side : rep % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    stage.setShown(side);
                    Thread.sleep(SETTLE_MILLIS);
                    long samplesBefore = watch.samples.get();
                    if (side) {
                        stage.startFrames();
                    }
                    long cpuBefore = studioCpuNanos();
                    long panelBefore = panelCpuNanos();
                    double ms = watch.dispatchAgain(engine, first, ids, batch);
                    if (rep > 0) {
                        (side ? shownCpu : hiddenCpu).add((studioCpuNanos() - cpuBefore) / 1e6 / ms);
                        (side ? shownPanelCpu : hiddenPanelCpu).add((panelCpuNanos() - panelBefore) / 1e6 / ms);
                    }
                    if (side) {
                        FrameTimes frames = stage.stopFrames();
                        long samples = watch.samples.get() - samplesBefore;
                        if (rep == 0) {
                            cold = frames;
                            coldSamples = samples;
                            coldShown = ms;
                        } else {
                            warm = warm.plus(frames);
                            warmSamples += samples;
                            shown.add(ms);
                        }
                    } else if (rep == 0) {
                        coldHidden = ms;
                    } else {
                        hidden.add(ms);
                    }
                }
            }
            engine.stop();
            out.printf("heatmap    %,d actors, %,d ids of about a microsecond in batches of %d: %,.0f batches a second with the panel"
                    + " hidden; %s, shown and hidden in turn in one run (load average %.1f)%n", ACTORS, ids, batch,
                    ids / (double) batch / (Benchmark.median(hidden) / 1000), stage.description(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("  frames     %s   %s%n", frameFigures(warm, warmSamples),
                    warm.framesPerSecond() > GOAL_FPS ? "MET" : "MISSED");
            out.printf("  cold       %s   (the run's first dispatch shown)%n", frameFigures(cold, coldSamples));
            out.printf("  studio CPU %9.2f cores shown, %.2f hidden   (this process, the panel's side, while a dispatch runs)%n",
                    Benchmark.median(shownCpu), Benchmark.median(hiddenCpu));
            out.printf("  panel CPU  %9.3f cores shown, %.3f hidden   (of that, the JavaFX thread and the renderer's)%n",
                    Benchmark.median(shownPanelCpu), Benchmark.median(hiddenPanelCpu));
            print(warm, coldShown, coldHidden, shown, hidden);
        }
    }

    /** The CPU time this process (the studio's side: reader, model, panel, renderer) has used so far. */
    private static long studioCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The CPU time the JavaFX application thread and the renderer's thread have used so far: what drawing the panel costs. */
    private static long panelCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isPanelThread(info.getThreadName())) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static boolean isPanelThread(String name) {
        return name.equals("JavaFX Application Thread") || name.startsWith("QuantumRenderer");
    }

    /**
     * The batch size that gives about the goal's batch rate with the panel hidden. A batch costs a
     * fixed overhead plus its ids, so the rate is far from proportional to the size: sizes double
     * until the rate falls to the goal, and the last two are interpolated. Each size is timed twice
     * and the faster taken, the one the machine's other work disturbed less. The first searches run
     * on code not yet compiled and land low, so the search repeats until the size it found gives
     * within half again of the goal's rate, up to three times.
     */
    private int calibrate(EngineProcess engine, Watch watch, long dispatch) throws Exception {
        int size = search(engine, watch, dispatch);
        for (int pass = 1; pass < 3; pass++) {
            double rate = 1 / secondsPerBatch(engine, watch, dispatch, size);
            if (rate > GOAL_BATCHES_PER_SECOND / 1.5 && rate < GOAL_BATCHES_PER_SECOND * 1.5) {
                break;
            }
            size = search(engine, watch, dispatch);
        }
        return size;
    }

    private int search(EngineProcess engine, Watch watch, long dispatch) throws Exception {
        int size = 1;
        double t = secondsPerBatch(engine, watch, dispatch, size);
        double goal = 1.0 / GOAL_BATCHES_PER_SECOND;
        while (t < goal && size < MAX_BATCH) {
            int next = size * 2;
            double tn = secondsPerBatch(engine, watch, dispatch, next);
            if (tn >= goal) {
                double perId = (tn - t) / (next - size);
                return perId <= 0 ? next : (int) Math.round(Math.min(next, Math.max(size, size + (goal - t) / perId)));
            }
            size = next;
            t = tn;
        }
        return size;
    }

    /** Dispatches as many batches of {@code size} as a measured one (so a dispatch's fixed cost weighs the same); seconds per batch. */
    private double secondsPerBatch(EngineProcess engine, Watch watch, long dispatch, int size) throws Exception {
        int batches = (int) (GOAL_BATCHES_PER_SECOND * seconds);
        double ms = Math.min(watch.dispatchAgain(engine, dispatch, batches * size, size),
                watch.dispatchAgain(engine, dispatch, batches * size, size));
        return ms / 1000 / batches;
    }

    private void print(FrameTimes warm, double coldShown, double coldHidden, List<Double> shown, List<Double> hidden) {
        double s = Benchmark.median(shown);
        double h = Benchmark.median(hidden);
        double ratio = s / h;
        out.printf("  FX work    median %.1f ms   p95 %.1f ms   max %.1f ms per frame   (timers, CSS and layout;"
                + " rendering shows in the frame times)%n", FrameTimes.quantile(warm.workMs(), 0.5),
                FrameTimes.quantile(warm.workMs(), 0.95), FrameTimes.quantile(warm.workMs(), 1));
        out.printf("  shown      %9.1f ms   (first, cold: %.1f ms)%n", s, coldShown);
        out.printf("  hidden     %9.1f ms   (first, cold: %.1f ms)%n", h, coldHidden);
        out.printf("  ratio      %9.2f      goal: shown / hidden <= %.2f   %s%n%n", ratio, GOAL_RATIO,
                ratio <= GOAL_RATIO ? "MET" : "MISSED");
    }

    /** The frame times, the frame rate, and how often the heatmap had something new: at most once per telemetry sample. */
    private static String frameFigures(FrameTimes f, long samples) {
        if (f.frames() == 0) {
            return String.format("no frame ended in %.2f s   goal: above %.0f fps", f.seconds(), GOAL_FPS);
        }
        return String.format("%,d frames: median %.1f ms   p95 %.1f ms   max %.1f ms   %.1f frames a second, %.1f with"
                        + " a new heatmap (of %.1f telemetry samples a second)   goal: above %.0f fps", f.frames(),
                FrameTimes.quantile(f.intervalsMs(), 0.5), FrameTimes.quantile(f.intervalsMs(), 0.95),
                FrameTimes.quantile(f.intervalsMs(), 1), f.framesPerSecond(), f.redraws() / f.seconds(),
                samples / f.seconds(), GOAL_FPS);
    }

    /** 1,024 actors and one small dispatch of the light work; then the run waits for the benchmark's commands. */
    private static DataModel place() {
        String master = "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = P.CreateJobScheduler(script.Job, " + ACTORS + ", script)\n"
                + "js.DispatchAsync('Work', " + ACTORS + ", 1, { r -> }).Wait()\n";
        DataModel place = PlaceTemplates.guideLayout(master, "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(Actor, 'Work', require(game.ReplicatedStorage.Work))\n");
        ModuleScript work = new ModuleScript();
        work.setName("Work");
        work.setSource(LIGHT_WORK);
        work.setParent(place.GetService("ReplicatedStorage"));
        return place;
    }

    /** Hands every message to the panel, and keeps what the benchmark waits for: dispatches, their ends, problems. */
    private static final class Watch implements EngineListener {
        private final EngineListener panel;
        private final CompletableFuture<Long> firstDispatch = new CompletableFuture<>();
        private final BlockingQueue<EngineMessage.DispatchAgainResult> again = new LinkedBlockingQueue<>();
        private final Map<Long, CompletableFuture<ParallelizerEvent.DispatchEnded>> ends = new ConcurrentHashMap<>();
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        /** Telemetry samples received: the most often the heatmap can change. */
        final AtomicLong samples = new AtomicLong();

        Watch(EngineListener panel) {
            this.panel = panel;
        }

        @Override
        public void onMessage(EngineMessage message) {
            panel.onMessage(message);
            if (message instanceof EngineMessage.Telemetry) {
                samples.incrementAndGet();
            }
            if (message instanceof EngineMessage.Lifecycle l && l.event() instanceof ParallelizerEvent.DispatchEnded e) {
                ended(e.dispatchId()).complete(e);
                firstDispatch.complete(e.dispatchId());
            } else if (message instanceof EngineMessage.DispatchAgainResult r) {
                again.add(r);
            } else if (message instanceof EngineMessage.Output o) {
                for (OutputMessage m : o.messages()) {
                    if (m.level() == OutputLevel.ERROR) {
                        problems.add((m.location() == null ? "" : m.location() + ": ") + m.text());
                    }
                }
            }
        }

        @Override
        public void onExit(String problem) {
            panel.onExit(problem);
            if (problem != null) {
                problems.add(problem);
            }
            firstDispatch.completeExceptionally(new IllegalStateException("the engine ended: " + problem));
        }

        /** The id of the master's dispatch, once it has ended. */
        long firstDispatch() throws Exception {
            return firstDispatch.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Dispatches {@code dispatch}'s thread again, {@code ids} in batches of {@code batch}; its wall time in ms, the engine's. */
        double dispatchAgain(EngineProcess engine, long dispatch, int ids, int batch) throws Exception {
            engine.dispatchAgain(dispatch, ids, batch);
            EngineMessage.DispatchAgainResult r = again.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (r == null || r.error() != null) {
                throw new IllegalStateException("the benchmark's dispatch failed: " + (r == null ? "no answer" : r.error()));
            }
            ParallelizerEvent.DispatchEnded e = ended(r.newDispatchId()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (e.status() != DispatchStatus.FINISHED || !problems.isEmpty()) {
                throw new IllegalStateException("the benchmark's dispatch did not finish: " + e.status() + " " + problems);
            }
            return e.wallNanos() / 1e6;
        }

        private CompletableFuture<ParallelizerEvent.DispatchEnded> ended(long dispatchId) {
            return ends.computeIfAbsent(dispatchId, id -> new CompletableFuture<>());
        }
    }
}
