package pstudio.protocol;

import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import pstudio.engine.OutputDelivery;
import pstudio.engine.Run;
import pstudio.engine.ScriptCompiler;
import pstudio.parallelizer.StudioRun;
import pstudio.place.PlaceTemplates;

/**
 * What a spare engine does before it says Ready, so that a user's first Run of a session costs what
 * a later one does. Run hands the spare a place whose scripts it has never seen, so the first line
 * waits for their compile: the warm-up compiles script-like sources until Groovy's compiler is
 * compiled by the JIT (a few compiles leave it interpreted, several times slower). Then it runs the
 * guide's place the way a served run goes: printing, dispatching 1,024 ids over 64 actors, with its
 * events, tree changes and telemetry encoded as frames (into nothing). Last it lets the JIT's
 * queue and the heap settle, so the first run does not share the cores with the warm-up's leftovers.
 */
final class EngineWarmUp {
    // shaped like the guide's scripts but never the same text, so a user's scripts are new classes, not these
    private static final String MASTER = """
            // the spare engine's warm-up
            print('warming up')
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)
            def RootInstruction = Parallelizer.CreateInstructionData([2])
            for (round in 1..12) {
                def t0 = os.clock()
                JobScheduler.DispatchEquallyAsync('WarmUpRoot', 1024, { results -> }, RootInstruction).Wait()
                print('round ' + round + ' took ' + (os.clock() - t0) * 1000)
            }
            """;
    private static final String JOB = """
            // the spare engine's warm-up
            def Actor = script.GetActor()
            if (!Actor) {
                return
            }
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            Parallelizer.CreateThread(Actor, 'WarmUpRoot') { id, inst ->
                def root = inst[1]
                return id^(1/root)
            }
            """;
    /** A script of other shapes (functions, tables, strings, arithmetic), so the compiler's other paths warm too. */
    private static final String OTHER = """
            local = [count: 0, names: []]
            def add = { String name, n = 1 ->
                local.count += n
                local.names << name.toUpperCase()
                return "${name}:${local.count}"
            }
            for (i in 1..10) {
                if (i % 2 == 0 && i^2 > 10) { add('even ' + i, i / 2) } else { add("odd $i") }
            }
            def (ok, message) = pcall { error('warm-up') }
            print(ok, message, math.floor(3.7), string.format('%d', 5), local.names.size())
            """;
    /**
     * Rounds of compiling the three sources: a compile gets faster for some forty compiles, most of it
     * in the first twenty; more would keep a Run pressed at once waiting longer for the spare.
     */
    private static final int COMPILE_ROUNDS = 8;
    /**
     * Time for the rounds after the first (which loads Groovy and takes seconds): on a machine too
     * busy to finish them in this time, the spare gets ready with a compiler less warm.
     */
    private static final long COMPILE_BUDGET_NANOS = 2_000_000_000L;
    private static final int RUNS = 2;
    private static final long SETTLE_POLL_MILLIS = 25;
    private static final long SETTLE_LIMIT_MILLIS = 500;

    private EngineWarmUp() {
    }

    static void run() {
        warmCompiler();
        for (int i = 0; i < RUNS; i++) {
            if (!runStreamedIntoNothing()) {
                return;
            }
        }
        settle();
    }

    private static void warmCompiler() {
        long deadline = Long.MAX_VALUE;
        for (int round = 0; round < COMPILE_ROUNDS && System.nanoTime() < deadline; round++) {
            String variant = "\n// warm-up " + round + "\n";
            ScriptCompiler.shared().warmUp(MASTER + variant);
            ScriptCompiler.shared().warmUp(JOB + variant);
            ScriptCompiler.shared().warmUp(OTHER + variant);
            if (round == 0) {
                deadline = System.nanoTime() + COMPILE_BUDGET_NANOS;
            }
        }
    }

    /** One run of the guide's place streamed as a served run is; false if the warm-up was interrupted. */
    private static boolean runStreamedIntoNothing() {
        FrameSink nothing = new FrameSink(OutputStream.nullOutputStream());
        try (Run run = StudioRun.owning(PlaceTemplates.guideLayout(MASTER, JOB), 2,
                OutputDelivery.DROP_PRINTS_WHEN_BEHIND)) {
            RunStream stream = new RunStream(run, nothing, true);
            run.start();
            run.awaitQuiescent(Duration.ofSeconds(20));
            stream.close();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits, up to half a second, until the JIT has compiled what the warm-up made hot, and collects the
     * warm-up's garbage, so the first run neither waits for compiler threads nor pays for a collection.
     */
    private static void settle() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
            long until = System.nanoTime() + SETTLE_LIMIT_MILLIS * 1_000_000;
            long last = -1;
            while (System.nanoTime() < until) {
                long total = jit.getTotalCompilationTime();
                if (total == last) {
                    break;
                }
                last = total;
                try {
                    Thread.sleep(SETTLE_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        System.gc();
    }
}
