package pstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunState;
import pstudio.place.DataModel;
import pstudio.place.PlaceTemplates;

/** Real engine processes: a place goes in, its output and its tree changes come out, Stop ends it. */
class EngineProcessTest {
    private EngineProcess engine;

    @AfterEach
    void killEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aRunsOutputAndTreeChangesReachTheClient() throws Exception {
        DataModel place = PlaceTemplates.guideLayout("""
                def results = Instance.new('Folder')
                results.Name = 'Results'
                results.Parent = workspace
                def item = Instance.new('Folder')
                item.Parent = results
                item.Name = 'First'
                game.ReplicatedStorage.Parallelizer.Destroy()
                print('hello from ' + results.GetFullName())
                """, null);
        Recorder recorder = new Recorder();
        RunTreeReplica replica = new RunTreeReplica(place.copyPlace());
        engine = started();
        engine.startRun(place, 2, recorder);
        recorder.awaitState(RunState.QUIESCENT);
        assertEquals(List.of("hello from Workspace.Results"), recorder.printed());
        recorder.messages.forEach(replica::apply);
        assertNotNull(replica.place().getWorkspace().FindFirstChild("Results"));
        assertNotNull(replica.place().getWorkspace().FindFirstChild("Results").FindFirstChild("First"),
                "a rename after the parenting reaches the copy");
        assertNull(replica.place().GetService("ReplicatedStorage").FindFirstChild("Parallelizer"));
        assertTrue(engine.stop(), "the engine stopped cleanly");
        assertNull(recorder.exit.get(5, TimeUnit.SECONDS), "a Stop is not a problem");
        assertFalse(engine.isAlive());
    }

    @Test
    void stopEndsAScriptThatIgnoresEverything() throws Exception {
        DataModel place = PlaceTemplates.guideLayout("""
                print('spinning')
                while (true) {
                    try {
                        while (true) { }
                    } catch (e) {
                    }
                }
                """, null);
        Recorder recorder = new Recorder();
        engine = started();
        engine.startRun(place, 2, recorder);
        recorder.awaitPrint("spinning");
        engine.stop();
        assertFalse(engine.isAlive(), "the process is gone after Stop");
        assertNull(recorder.exit.get(5, TimeUnit.SECONDS));
    }

    @Test
    void runningOutOfMemoryEndsTheRunAndNamesTheScript() throws Exception {
        DataModel place = PlaceTemplates.guideLayout("""
                def keep = []
                while (true) {
                    keep << new long[1_000_000]
                }
                """, null);
        Recorder recorder = new Recorder();
        engine = EngineProcess.launch(EngineLaunch.likeThisProcess(96));
        assertTrue(engine.awaitReady(Duration.ofMinutes(1)));
        engine.startRun(place, 2, recorder);
        String problem = recorder.exit.get(60, TimeUnit.SECONDS);
        assertNotNull(problem);
        assertTrue(problem.startsWith("The run ran out of memory at ServerScriptService.Master:3"), problem);
        assertTrue(problem.contains("96 MB"), problem);
    }

    private static EngineProcess started() throws Exception {
        EngineProcess e = EngineProcess.launch(EngineLaunch.likeThisProcess(256));
        assertTrue(e.awaitReady(Duration.ofMinutes(1)), "the engine warmed up");
        return e;
    }

    private static final class Recorder implements EngineListener {
        final List<EngineMessage> messages = new CopyOnWriteArrayList<>();
        final CompletableFuture<String> exit = new CompletableFuture<>();

        @Override
        public void onMessage(EngineMessage message) {
            messages.add(message);
        }

        @Override
        public void onExit(String problem) {
            exit.complete(problem);
        }

        List<String> printed() {
            return messages.stream().filter(m -> m instanceof EngineMessage.Output)
                    .flatMap(m -> ((EngineMessage.Output) m).messages().stream())
                    .map(OutputMessage::text).toList();
        }

        void awaitState(RunState state) throws InterruptedException {
            awaitTrue(() -> messages.stream().anyMatch(m -> m instanceof EngineMessage.StateChanged s && s.state() == state));
        }

        void awaitPrint(String text) throws InterruptedException {
            awaitTrue(() -> printed().contains(text));
        }

        private void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end || exit.isDone()) {
                    throw new AssertionError("not seen in time; messages: " + messages + "; exit: " + exit.getNow("running"));
                }
                Thread.sleep(10);
            }
        }
    }
}
