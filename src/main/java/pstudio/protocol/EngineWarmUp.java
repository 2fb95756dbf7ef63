package pstudio.protocol;

import java.time.Duration;
import pstudio.engine.OutputDelivery;
import pstudio.engine.Run;
import pstudio.parallelizer.StudioRun;
import pstudio.place.PlaceTemplates;

/**
 * What a spare engine does before it says Ready: loads Groovy and the engine, and runs the guide's
 * dispatch a few times so that the JIT has compiled the engine's paths. A user's first Run of a
 * session then costs what a later one does, apart from compiling the user's own scripts.
 */
final class EngineWarmUp {
    private static final String MASTER = """
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            def scheduler = Parallelizer.CreateJobScheduler(script.Job, 16, script)
            def data = Parallelizer.CreateInstructionData([2])
            for (round in 1..12) {
                scheduler.DispatchEquallyAsync('Root', 1024, { results -> }, data).Wait()
            }
            """;
    private static final String JOB = """
            def Actor = script.GetActor()
            if (!Actor) {
                return
            }
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            Parallelizer.CreateThread(Actor, 'Root') { id, inst -> id^(1/inst[1]) }
            """;

    private EngineWarmUp() {
    }

    static void run() {
        for (int i = 0; i < 2; i++) {
            try (Run run = StudioRun.owning(PlaceTemplates.guideLayout(MASTER, JOB), 2,
                    OutputDelivery.DROP_PRINTS_WHEN_BEHIND)) {
                run.start();
                run.awaitQuiescent(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
