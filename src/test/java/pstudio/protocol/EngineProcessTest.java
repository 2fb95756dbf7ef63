package pstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputDelivery;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
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
    void theEngineProcessSandboxesThePlacesScripts(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("written");
        DataModel place = PlaceTemplates.guideLayout("""
                print('before')
                def files = Class.forName('java.nio.file.Files')
                files.writeString(Class.forName('java.nio.file.Path').of('%s'), 'x')
                print('after')
                """.formatted(marker), null);
        Recorder recorder = new Recorder();
        engine = started();
        engine.startRun(place, 2, recorder);
        recorder.awaitState(RunState.QUIESCENT);
        List<OutputMessage> messages = recorder.messages.stream().filter(m -> m instanceof EngineMessage.Output)
                .flatMap(m -> ((EngineMessage.Output) m).messages().stream()).toList();
        assertEquals(List.of("before"), messages.stream().filter(m -> m.level() == OutputLevel.PRINT)
                .map(OutputMessage::text).toList(), messages.toString());
        List<OutputMessage> errors = messages.stream().filter(m -> m.level() == OutputLevel.ERROR).toList();
        assertEquals(1, errors.size(), messages.toString());
        assertEquals("scripts cannot open files", errors.get(0).text());
        assertEquals(3, errors.get(0).line());
        assertFalse(Files.exists(marker), "the script wrote the file");
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

    @Test
    void telemetryCountsEveryIdOfAMillionWhileTheOutputFloods() throws Exception {
        DataModel place = PlaceTemplates.guideLayout("""
                def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
                def scheduler = Parallelizer.CreateJobScheduler(script.Job, 16, script)
                scheduler.DispatchEquallyAsync('Echo', 1000000, { results -> print('done') }).Wait()
                """, """
                def Actor = script.GetActor()
                if (!Actor) {
                    return
                }
                def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
                Parallelizer.CreateThread(Actor, 'Echo') { id -> print(id); id }
                """);
        Recorder recorder = new Recorder();
        engine = started();
        engine.startRun(place, 2, recorder);
        recorder.awaitState(RunState.QUIESCENT, Duration.ofMinutes(3));
        // the quiet run's final sample may queue behind the run's last events, so it can follow the state
        long threads = recorder.settledValue(t -> t.snapshot().actors().stream().mapToLong(a -> a.threadsDone()).sum(),
                1_000_000, Duration.ofSeconds(30));
        assertEquals(1_000_000, threads, "per-actor thread counts add up to the ids dispatched");
        EngineMessage.Telemetry last = recorder.lastTelemetry();
        assertEquals(16, last.snapshot().actors().size());
        assertEquals(256L << 20, last.heapLimitBytes(), "the limit the engine was started with");
        assertTrue(last.heapUsedBytes() > 0 && last.heapUsedBytes() < last.heapLimitBytes());
        DispatchProgress progress = (DispatchProgress) last.snapshot().library().get(0);
        assertEquals(1_000_000, progress.done());
        ParallelizerEvent.DispatchEnded ended = recorder.lifecycle(ParallelizerEvent.DispatchEnded.class).get(0);
        assertEquals(1_000_000, ended.done());
        long spanned = recorder.spans().stream().mapToLong(sp -> sp.lastId() - sp.firstId() + 1L).sum();
        long lost = recorder.telemetry().stream().mapToLong(EngineMessage.Telemetry::spansLost).sum();
        assertTrue(lost > 0 || spanned == 1_000_000, "spans cover every id unless some were overwritten: " + spanned);
    }

    @Test
    void lifecycleEventsAndDispatchAgainCrossTheBoundary() throws Exception {
        DataModel place = PlaceTemplates.guideLayout("""
                def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
                def scheduler = Parallelizer.CreateJobScheduler(script.Job, 4, script)
                scheduler.DispatchEquallyAsync('Square', 100, { results -> print(results.size()) }).Wait()
                """, """
                def Actor = script.GetActor()
                if (!Actor) {
                    return
                }
                def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
                Parallelizer.CreateThread(Actor, 'Square') { id -> id * id }
                """);
        Recorder recorder = new Recorder();
        engine = started();
        engine.startRun(place, 2, recorder);
        recorder.awaitState(RunState.QUIESCENT);
        ParallelizerEvent.SchedulerCreated scheduler = recorder.lifecycle(ParallelizerEvent.SchedulerCreated.class).get(0);
        assertEquals(4, scheduler.actorCount());
        ParallelizerEvent.DispatchStarted started = recorder.lifecycle(ParallelizerEvent.DispatchStarted.class).get(0);
        assertEquals("Square", started.threadName());
        assertEquals(100, started.threadCount());
        assertEquals("ServerScriptService.Master", started.script());
        assertEquals(3, started.line());
        assertEquals(4, recorder.lifecycle(RunEvent.ActorCreated.class).size());

        engine.dispatchAgain(started.dispatchId(), 8, 2);
        recorder.awaitTrue(() -> recorder.printed().contains("8"));
        EngineMessage.DispatchAgainResult again = recorder.messages.stream()
                .filter(m -> m instanceof EngineMessage.DispatchAgainResult).map(EngineMessage.DispatchAgainResult.class::cast)
                .findFirst().orElseThrow();
        assertNull(again.error());
        assertTrue(again.newDispatchId() != started.dispatchId());
        recorder.awaitTrue(() -> recorder.lifecycle(ParallelizerEvent.DispatchEnded.class).stream()
                .anyMatch(e -> e.dispatchId() == again.newDispatchId() && e.done() == 8));
        assertEquals(List.of("100", "8"), recorder.printed());
    }

    @Test
    void aRunnersEngineSaysWhenScriptsStartedWhereTheyAreBusyAndItsFiguresBeforeItEnds() throws Exception {
        DataModel place = PlaceTemplates.guideLayout("""
                def results = Instance.new('Folder')
                results.Parent = workspace
                print('spinning')
                while (true) { }
                """, null);
        Recorder recorder = new Recorder();
        engine = EngineProcess.launch(EngineLaunch.likeThisProcess(256).withoutWarmUp());
        engine.startRun(new ClientCommand.StartRun(place, 2, OutputDelivery.EVERY_MESSAGE, false), recorder);
        recorder.awaitTrue(() -> recorder.messages.stream().anyMatch(m -> m instanceof EngineMessage.ScriptsStarted));
        recorder.awaitPrint("spinning");
        engine.reportBusy();
        recorder.awaitTrue(() -> recorder.messages.stream().anyMatch(m -> m instanceof EngineMessage.Busy));
        EngineMessage.Busy busy = recorder.messages.stream().filter(m -> m instanceof EngineMessage.Busy)
                .map(EngineMessage.Busy.class::cast).findFirst().orElseThrow();
        assertFalse(busy.quiescent());
        assertEquals(List.of("ServerScriptService.Master:4"), busy.locations());
        assertTrue(engine.finish(), "the engine stopped cleanly");
        assertNull(recorder.exit.get(5, TimeUnit.SECONDS));
        EngineMessage last = recorder.messages.get(recorder.messages.size() - 1);
        EngineMessage beforeLast = recorder.messages.get(recorder.messages.size() - 2);
        assertTrue(last instanceof EngineMessage.Ended, last.toString());
        EngineMessage.Statistics figures = (EngineMessage.Statistics) beforeLast;
        assertEquals(2, figures.workers());
        assertEquals(1, figures.report().get("scriptsStarted"));
        assertTrue(recorder.messages.stream().noneMatch(m -> m instanceof EngineMessage.InstanceAdded),
                "a runner's engine sends no tree changes");
    }

    private static EngineProcess started() throws Exception {
        EngineProcess e = EngineProcess.launch(EngineLaunch.likeThisProcess(256));
        assertTrue(e.awaitReady(Duration.ofMinutes(1)), "the engine warmed up");
        assertTrue(e.sandbox().startsWith("a SecurityManager"), "the engine says what sandboxes it: " + e.sandbox());
        assertEquals(Bubblewrap.isUsable(), e.sandbox().endsWith("bwrap"), e.sandbox());
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
            awaitState(state, Duration.ofSeconds(30));
        }

        void awaitState(RunState state, Duration timeout) throws InterruptedException {
            awaitTrue(() -> messages.stream().anyMatch(m -> m instanceof EngineMessage.StateChanged s && s.state() == state),
                    timeout);
        }

        <T> List<T> lifecycle(Class<T> type) {
            return messages.stream().filter(m -> m instanceof EngineMessage.Lifecycle l && type.isInstance(l.event()))
                    .map(m -> type.cast(((EngineMessage.Lifecycle) m).event())).toList();
        }

        List<EngineMessage.Telemetry> telemetry() {
            return messages.stream().filter(m -> m instanceof EngineMessage.Telemetry)
                    .map(EngineMessage.Telemetry.class::cast).toList();
        }

        EngineMessage.Telemetry lastTelemetry() {
            List<EngineMessage.Telemetry> all = telemetry();
            return all.get(all.size() - 1);
        }

        /** What the latest sample says, once it says {@code expected} or the time is up. */
        long settledValue(java.util.function.ToLongFunction<EngineMessage.Telemetry> reading, long expected,
                          Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            long value = reading.applyAsLong(lastTelemetry());
            while (value != expected && System.nanoTime() < end) {
                Thread.sleep(10);
                value = reading.applyAsLong(lastTelemetry());
            }
            return value;
        }

        List<WorkSpan> spans() {
            return telemetry().stream().flatMap(t -> t.spans().stream()).toList();
        }

        void awaitPrint(String text) throws InterruptedException {
            awaitTrue(() -> printed().contains(text));
        }

        void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
            awaitTrue(condition, Duration.ofSeconds(30));
        }

        void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end || exit.isDone()) {
                    throw new AssertionError("not seen in time; messages: " + messages + "; exit: " + exit.getNow("running"));
                }
                Thread.sleep(10);
            }
        }
    }
}
