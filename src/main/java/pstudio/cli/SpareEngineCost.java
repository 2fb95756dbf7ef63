package pstudio.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import pstudio.engine.OutputMessage;
import pstudio.place.DataModel;
import pstudio.place.PlaceTemplates;
import pstudio.protocol.EngineLaunch;
import pstudio.protocol.EngineListener;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;
import pstudio.protocol.SpareEngine;

/**
 * What pressing Run costs with the studio's warm spare engine: the time from handing the place over
 * to its first printed line reaching the client, and the guide's 1,024-id dispatch in that first
 * run (measured by the script itself), beside a second dispatch of the same run (warm). The
 * spare is the studio's own {@link SpareEngine}, replaced as the studio replaces it. The baseline
 * is the same Run without a spare: starting an engine process and waiting for it first.
 * A goal is met only when every run meets it, so the slowest run is shown beside the median.
 */
final class SpareEngineCost {
    private static final String MASTER = """
            print('first line')
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)
            def RootInstruction = Parallelizer.CreateInstructionData([2])
            for (round in 1..2) {
                def t0 = os.clock()
                JobScheduler.DispatchEquallyAsync('CalculateNthRoot', 1024, { result -> }, RootInstruction).Wait()
                print('dispatch ' + (os.clock() - t0) * 1000)
            }
            """;
    private static final String JOB = """
            def Actor = script.GetActor()
            if (!Actor) {
                return
            }
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            Parallelizer.CreateThread(Actor, 'CalculateNthRoot') { id, inst ->
                def nth = inst[1]
                return id^(1/nth)
            }
            """;

    private final int workers;
    private final int reps;
    private final PrintStream out;

    SpareEngineCost(int workers, int reps, PrintStream out) {
        this.workers = workers;
        this.reps = reps;
        this.out = out;
    }

    void run() throws Exception {
        List<Double> firstLine = new ArrayList<>();
        List<Double> firstDispatch = new ArrayList<>();
        List<Double> warmDispatch = new ArrayList<>();
        List<Double> withoutSpare = new ArrayList<>();
        // the studio's own spare, taken and replaced as the studio does: the next one starts when a
        // run ends or a second after it was taken, so it may not share the run's first dispatches
        try (SpareEngine spares = new SpareEngine(() -> EngineLaunch.likeThisProcess(1024))) {
            spares.prepare();
            for (int rep = 0; rep < reps; rep++) {
                try (EngineProcess engine = spares.take()) { // waits for it to be warm, untimed
                    Lines lines = runGuide(engine, rep);
                    firstLine.add((lines.first.get(2, TimeUnit.MINUTES) - lines.handed) / 1e6);
                    List<String> dispatches = lines.dispatches.get(2, TimeUnit.MINUTES);
                    firstDispatch.add(Double.parseDouble(dispatches.get(0)));
                    warmDispatch.add(Double.parseDouble(dispatches.get(1)));
                    engine.stop();
                }
                spares.prepareInBackground(); // as the studio does when a run ends
            }
        }
        for (int rep = 0; rep < reps; rep++) {
            long launched = System.nanoTime();
            try (EngineProcess engine = EngineProcess.launch(EngineLaunch.likeThisProcess(1024))) {
                if (!engine.awaitReady(Duration.ofMinutes(2))) {
                    throw new IllegalStateException("the engine did not warm up");
                }
                Lines lines = runGuide(engine, rep);
                withoutSpare.add((lines.first.get(2, TimeUnit.MINUTES) - launched) / 1e6);
                lines.dispatches.get(2, TimeUnit.MINUTES);
                engine.stop();
            }
        }
        double line = Benchmark.median(firstLine);
        double dispatch = Benchmark.median(firstDispatch);
        double cold = Benchmark.median(withoutSpare);
        double slowestLine = Collections.max(firstLine);
        double slowestDispatch = Collections.max(firstDispatch);
        out.println();
        out.printf("spare      Run with the warm spare engine (%d runs, each in a new engine process)%n", reps);
        out.printf("  to first line %7.1f ms   slowest %.1f ms   (without a spare: %.0f ms, ratio %.2f)%n", line,
                slowestLine, cold, line / cold);
        out.printf("  1,024 ids %9.1f ms   slowest %.1f ms   in the run's first dispatch (its second, warm: %.1f ms)%n",
                dispatch, slowestDispatch, Benchmark.median(warmDispatch));
        out.printf("  goal: first line within 300 ms, first dispatch within 20 ms, in every run   %s%n",
                slowestLine <= 300 && slowestDispatch <= 20 ? "MET" : "MISSED");
    }

    /** Hands {@code engine} the guide's place, copied as the studio does on Run (the copy is part of the cost). */
    private Lines runGuide(EngineProcess engine, int rep) throws Exception {
        Lines lines = new Lines();
        DataModel place = PlaceTemplates.guideLayout(MASTER + "// rep " + rep + "\n", JOB).copyPlace();
        lines.handed = System.nanoTime();
        engine.startRun(place, workers, lines);
        return lines;
    }

    /** Notes when the first line arrives and collects the dispatch times the script prints. */
    private static final class Lines implements EngineListener {
        final CompletableFuture<Long> first = new CompletableFuture<>();
        final CompletableFuture<List<String>> dispatches = new CompletableFuture<>();
        private final List<String> times = new ArrayList<>();
        long handed;

        @Override
        public void onMessage(EngineMessage message) {
            if (!(message instanceof EngineMessage.Output o)) {
                return;
            }
            for (OutputMessage m : o.messages()) {
                if (m.text().equals("first line")) {
                    first.complete(System.nanoTime());
                } else if (m.text().startsWith("dispatch ")) {
                    times.add(m.text().substring("dispatch ".length()));
                    if (times.size() == 2) {
                        dispatches.complete(List.copyOf(times));
                    }
                } else {
                    dispatches.completeExceptionally(new IllegalStateException("unexpected output: " + m.text()));
                }
            }
        }

        @Override
        public void onExit(String problem) {
            if (problem != null) {
                first.completeExceptionally(new IllegalStateException(problem));
                dispatches.completeExceptionally(new IllegalStateException(problem));
            }
        }
    }
}
