package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads end when they are cancelled or their script goes away, and nothing of a run outlives Stop. */
class ScriptLifetimeTest {

    @Test
    void cancellingAThreadInTheParallelPhaseStopsItWithoutStallingTheSerialThread() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Worker", "Actor");
        p.script("ServerScriptService.Worker.Spin", "def t = task.spawn {\n"
                + "    task.desynchronize()\n"
                + "    while (true) { }\n"
                + "}\n"
                + "task.wait(0.05)\n"
                + "task.cancel(t)\n"
                + "print('serial goes on')\n"
                + "task.wait(0.05)\n"
                + "print('still going')\n");
        p.runToEnd();
        assertEquals(List.of("serial goes on", "still going"), p.prints(), p.output());
        assertTrue(p.errors().isEmpty(), p.output());
    }

    @Test
    void aThreadCancelledBeforeItStartsNeverRunsAndAWaitingOneEnds() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "def queued = task.defer { print('never') }\n"
                + "task.cancel(queued)\n"
                + "def waiting = task.spawn { task.wait(10); print('never either') }\n"
                + "task.cancel(waiting)\n"
                + "print('done')\n");
        p.runToEnd();
        assertEquals(List.of("done"), p.prints(), p.output());
    }

    @Test
    void destroyingARunningScriptStopsItAtItsNextWait() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Ticker", "while (true) { print('tick'); task.wait(0.02) }");
        p.script("ServerScriptService.Killer", "task.wait(0.1)\n"
                + "script.Parent.Ticker.Destroy()\n"
                + "def before = 0\n"
                + "print('destroyed')\n");
        p.runToEnd();
        List<String> prints = p.prints();
        assertEquals("destroyed", prints.get(prints.size() - 1), "no tick after the Destroy:\n" + p.output());
    }

    @Test
    void disablingARunningScriptStopsItAndItsLoop() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Worker", "Actor");
        p.script("ServerScriptService.Worker.Spinner", "task.desynchronize()\ndef n = 0\nwhile (true) { n++ }");
        p.script("ServerScriptService.Off", "task.wait(0.1)\n"
                + "script.Parent.Worker.Spinner.Disabled = true\n"
                + "print('disabled')\n");
        p.runToEnd();
        assertEquals(List.of("disabled"), p.prints(), p.output());
    }

    @Test
    void destroyingAScriptStopsItsParallelHandlerThatIsRunning() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Worker", "Actor");
        p.script("ServerScriptService.Worker.Job", "script.GetActor().BindToMessageParallel('spin') { t ->\n"
                + "    SharedTable.increment(t, 'spinning', 1)\n"
                + "    while (true) { }\n"
                + "}\n");
        p.script("ServerScriptService.Main", "def t = SharedTable.new([spinning: 0])\n"
                + "task.wait(0.05)\n"
                + "script.Parent.Worker.SendMessage('spin', t)\n"
                + "while (t.spinning < 1) task.wait(0.01)\n"
                + "script.Parent.Worker.Job.Destroy()\n"
                + "print('destroyed')\n");
        p.runToEnd();
        assertEquals(List.of("destroyed"), p.prints(), p.output());
        assertTrue(p.errors().isEmpty(), p.output());
    }

    @Test
    void aDestroyedScriptsHandlersNoLongerRun() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ReplicatedStorage.Ping", "BindableEvent");
        p.script("ServerScriptService.Listener", "game.ReplicatedStorage.Ping.Event.Connect { print('heard') }");
        p.script("ServerScriptService.Main", "def ping = game.ReplicatedStorage.Ping\n"
                + "ping.Fire()\n"
                + "task.wait(0.05)\n"
                + "script.Parent.Listener.Destroy()\n"
                + "ping.Fire()\n"
                + "task.wait(0.05)\n"
                + "print('end')\n");
        p.runToEnd();
        assertEquals(List.of("heard", "end"), p.prints(), p.output());
    }

    @Test
    void sharedTableUpdateMayYieldAndNestedUpdatesInOppositeOrdersDoNotDeadlock() throws Exception {
        PlaceRun p = new PlaceRun();
        for (String n : List.of("A", "B")) {
            p.instance("ServerScriptService." + n, "Actor");
            p.script("ServerScriptService." + n + ".Job", "script.GetActor().BindToMessageParallel('go') { first, second, t ->\n"
                    + "    for (i in 1..200) {\n"
                    + "        SharedTable.update(first, 'outer') { old ->\n"
                    + "            SharedTable.update(second, 'inner') { o -> (o ?: 0) + 1 }\n"
                    + "            (old ?: 0) + 1\n"
                    + "        }\n"
                    + "    }\n"
                    + "    SharedTable.increment(t, 'done', 1)\n"
                    + "}\n");
        }
        // an update function may run again when another thread changed the value meanwhile, so only
        // each table's own outer count is exact; the inner ones count at least every success
        p.script("ServerScriptService.Main", "def x = SharedTable.new([:]), y = SharedTable.new([:]), t = SharedTable.new([done: 0])\n"
                + "SharedTable.update(x, 'outer') { old -> task.wait(0.01); 0 }\n"
                + "script.Parent.A.SendMessage('go', x, y, t)\n"
                + "script.Parent.B.SendMessage('go', y, x, t)\n"
                + "while (t.done < 2) task.wait(0.01)\n"
                + "print(x.outer + ' ' + y.outer + ' ' + (x.inner >= 200) + ' ' + (y.inner >= 200))\n");
        p.runToEnd(RunOptions.defaults().withWorkers(2));
        assertEquals(List.of("200 200 true true"), p.prints(), p.output());
    }

    @Test
    void aSenderWaitsForASlowActorInsteadOfFillingMemory() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Slow", "Actor");
        p.script("ServerScriptService.Slow.Job", "script.GetActor().BindToMessageParallel('m') { t ->\n"
                + "    SharedTable.increment(t, 'handled', 1)\n"
                + "}\n");
        p.script("ServerScriptService.Main", "def t = SharedTable.new([handled: 0])\n"
                + "def a = script.Parent.Slow\n"
                + "task.wait(0.05)\n"
                + "def most = 0\n"
                + "for (i in 1..50000) {\n"
                + "    a.SendMessage('m', t)\n"
                + "    def backlog = i - t.handled\n"
                + "    if (backlog > most) most = backlog\n"
                + "}\n"
                + "while (t.handled < 50000) task.wait(0.01)\n"
                + "print('at most ' + (most <= 10001) + ' ' + t.handled)\n");
        p.runToEnd(RunOptions.defaults().withWorkers(1));
        assertEquals(List.of("at most true 50000"), p.prints(), p.output());
    }

    @Test
    void messagesNobodyBindsAreCappedWithAClearError() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Deaf", "Actor");
        p.script("ServerScriptService.Main", "def a = script.Parent.Deaf\n"
                + "for (i in 1..20000) a.SendMessage('nobody', i)\n");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().startsWith("SendMessage: 10,000 messages are already waiting for "
                + "ServerScriptService.Deaf to bind a handler"), errors.get(0).text());
        assertEquals("ServerScriptService.Main:2", errors.get(0).location());
    }

    @Test
    void thousandsOfParallelHandlersThatWaitAreCappedWithAClearError() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Sleepy", "Actor");
        p.script("ServerScriptService.Sleepy.Job", "script.GetActor().BindToMessageParallel('nap') { t ->\n"
                + "    SharedTable.increment(t, 'napping', 1)\n"
                + "    task.wait(1)\n"
                + "}\n");
        p.script("ServerScriptService.Main", "def t = SharedTable.new([napping: 0])\n"
                + "task.wait(0.05)\n"
                + "for (i in 1..4200) script.Parent.Sleepy.SendMessage('nap', t)\n");
        p.runToEnd(RunOptions.defaults().withWorkers(2));
        List<OutputMessage> errors = p.errors();
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.text().startsWith(
                "4,096 parallel tasks are already waiting, the most a run keeps")), p.output());
        assertEquals("ServerScriptService.Sleepy.Job:3", errors.get(0).location());
        assertTrue(errors.size() < 10, "the refusals collapse into a few messages: " + errors.size());
    }

    @Test
    void aFinishedRunIsCollectedAfterStop() throws Exception {
        WeakReference<RunContext> ref = runAndForget();
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "the run's context is still reachable after Stop");
    }

    private static WeakReference<RunContext> runAndForget() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.W", "Actor");
        p.script("ServerScriptService.W.Job", "script.GetActor().BindToMessageParallel('go') { task.wait(0.01) }\n"
                + "task.desynchronize()\n"
                + "task.wait(0.01)\n"
                + "task.synchronize()\n");
        p.script("ServerScriptService.Main", "script.Parent.W.SendMessage('go')\n"
                + "task.delay(30) { print('pending forever') }\n"
                + "game.ReplicatedStorage.ChildAdded\n");
        p.start(RunOptions.defaults());
        p.run.awaitScriptsStarted(Duration.ofSeconds(20));
        Thread.sleep(200);
        p.run.stop();
        return new WeakReference<>(p.run.context());
    }
}
