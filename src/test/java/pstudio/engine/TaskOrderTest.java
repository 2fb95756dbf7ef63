package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task library on the serial script thread: who runs when, and that a waiting script blocks nobody. */
class TaskOrderTest {

    @Test
    void spawnRunsAtOnceAndTheCallerGoesOnWhenTheSpawnedFunctionWaits() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "print(1)\n"
                + "task.spawn { print(2); task.wait(); print(5) }\n"
                + "print(3)\n"
                + "task.defer { print(6) }\n"
                + "print(4)");
        p.runToEnd();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), p.prints(), p.output());
    }

    @Test
    void spawnDeferAndDelayPassTheirArguments() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "task.spawn({ a, b -> print('spawn ' + (a + b)) }, 2, 3)\n"
                + "task.defer({ a, b -> print('defer ' + a + b) }, 'x', 'y')\n"
                + "task.delay(0, { a -> print('delay ' + a) }, 7)");
        p.runToEnd();
        assertEquals(List.of("spawn 5", "defer xy", "delay 7"), p.prints(), p.output());
    }

    @Test
    void deferRunsAfterEverythingAlreadyWaitingForTheSerialThread() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.A", "task.defer { print('A deferred') }\nprint('A ends')");
        p.script("ServerScriptService.B", "print('B starts')\ntask.defer { print('B deferred') }");
        p.runToEnd();
        assertEquals(List.of("A ends", "B starts", "A deferred", "B deferred"), p.prints(), p.output());
    }

    @Test
    void delaysFireInTheOrderOfTheirDeadlinesAfterTheCallerGoesOn() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "task.delay(0.3) { print('late') }\n"
                + "task.delay(0.02) { print('early') }\n"
                + "print('now')");
        p.runToEnd();
        assertEquals(List.of("now", "early", "late"), p.prints(), p.output());
    }

    @Test
    void waitYieldsToTheOtherScriptsAndReturnsAtLeastTheSecondsAsked() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.A", "print('A1')\nprint('A waited enough ' + (task.wait(0.05) >= 0.05))");
        p.script("ServerScriptService.B", "print('B1')\ntask.wait()\nprint('B2')");
        p.runToEnd();
        assertEquals(List.of("A1", "B1", "B2", "A waited enough true"), p.prints(), p.output());
    }

    @Test
    void manyScriptsWaitingOnAnEventDoNotKeepTheScriptThatFiresItFromRunning() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("Workspace.Go", "BindableEvent");
        int waiters = 40;
        for (int i = 1; i <= waiters; i++) {
            p.script("ServerScriptService.Waiter" + i, "workspace.Go.Event.Wait()\nprint('woke')");
        }
        p.script("ServerScriptService.Firer", "print('firing')\nworkspace.Go.Fire()");
        p.runToEnd();
        List<String> expected = new ArrayList<>(List.of("firing"));
        for (int i = 0; i < waiters; i++) {
            expected.add("woke");
        }
        assertEquals(expected, p.prints(), p.output());
    }

    @Test
    void cancelledThreadsNeverRunOrResume() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "def d = task.delay(0.05) { print('delayed ran') }\n"
                + "def w = task.spawn { print('waiting'); task.wait(60); print('resumed') }\n"
                + "def f = task.defer { print('deferred ran') }\n"
                + "task.cancel(d); task.cancel(w); task.cancel(f)\n"
                + "print('cancelled')");
        p.runToEnd();
        assertEquals(List.of("waiting", "cancelled"), p.prints(), p.output());
    }
}
