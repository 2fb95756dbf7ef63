package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stop ends a run within a second whatever its scripts do, endless loops included, and leaves no
 * thread of the run behind. Bounds are generous (5 s) so a loaded machine does not fail the test.
 */
class StopTest {
    private static final long GENEROUS_MILLIS = 5_000;

    static Stream<Arguments> busyPlaces() {
        return Stream.of(
                Arguments.of("an endless loop on the serial thread", (Consumer<PlaceRun>) p ->
                        p.script("ServerScriptService.Spin", "print('spinning')\nwhile (true) {}")),
                Arguments.of("an endless loop that counts", (Consumer<PlaceRun>) p ->
                        p.script("ServerScriptService.Spin", "long n = 0\nprint('spinning')\nwhile (true) { n++ }")),
                Arguments.of("an endless loop in a desynchronized actor script", (Consumer<PlaceRun>) p -> {
                    p.instance("ServerScriptService.Worker", "Actor");
                    p.script("ServerScriptService.Worker.Loop", "task.desynchronize()\nprint('spinning')\nwhile (true) {}");
                }),
                Arguments.of("an endless loop in a parallel message handler", (Consumer<PlaceRun>) p -> {
                    p.instance("ServerScriptService.Worker", "Actor");
                    p.script("ServerScriptService.Worker.Handler",
                            "script.GetActor().BindToMessageParallel('spin') { print('spinning'); while (true) {} }");
                    p.script("ServerScriptService.Sender", "game.ServerScriptService.Worker.SendMessage('spin')");
                }),
                Arguments.of("a Heartbeat handler that keeps animating", (Consumer<PlaceRun>) p ->
                        p.script("ServerScriptService.Animate", "int frames = 0\n"
                                + "game.RunService.Heartbeat.Connect { dt -> if (++frames == 2) { print('spinning') } }")),
                Arguments.of("a script waiting on Heartbeat frames", (Consumer<PlaceRun>) p ->
                        p.script("ServerScriptService.Frames", "print('spinning')\n"
                                + "while (true) { game.RunService.Heartbeat.Wait() }")),
                Arguments.of("scripts waiting on timers and events", (Consumer<PlaceRun>) p -> {
                    p.instance("Workspace.Never", "BindableEvent");
                    for (int i = 0; i < 20; i++) {
                        p.script("ServerScriptService.Sleeper" + i, "task.wait(1000)");
                        p.script("ServerScriptService.Listener" + i, "workspace.Never.Event.Wait()");
                    }
                    p.script("ServerScriptService.Last", "task.delay(1000) { print('never') }\nprint('spinning')");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("busyPlaces")
    void stopEndsTheRunPromptlyAndReleasesEveryThread(String what, Consumer<PlaceRun> build) throws Exception {
        PlaceRun p = new PlaceRun();
        build.accept(p);
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        p.start(RunOptions.defaults().withWorkers(2));
        awaitPrint(p, "spinning");
        assertEquals(RunState.RUNNING, p.run.state(), "nothing should have ended the run yet");

        long begin = System.nanoTime();
        boolean stopped = p.run.stop();
        long millis = (System.nanoTime() - begin) / 1_000_000;

        assertTrue(stopped, "the engine reports that every thread stopped\n" + p.output());
        assertTrue(millis < GENEROUS_MILLIS, "stop took " + millis + " ms");
        assertEquals(RunState.STOPPED, p.run.state());
        assertEquals(List.of(), threadsLeftBehind(before), "threads of the run still alive after stop");
        assertTrue(p.errors().isEmpty(), "stopping is not a script error:\n" + p.output());
    }

    private static void awaitPrint(PlaceRun p, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!p.prints().contains(text)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never printed '" + text + "':\n" + p.output());
            }
            Thread.sleep(10);
        }
    }

    /** New threads of a run that are still alive; a thread may take a moment to exit after its last task. */
    private static List<String> threadsLeftBehind(Set<Thread> before) throws InterruptedException {
        List<String> alive = List.of();
        for (int i = 0; i < 100; i++) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive() && t.getName().matches("run\\d+-.*"))
                    .map(Thread::getName).sorted().collect(Collectors.toList());
            if (alive.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        return alive;
    }
}
