package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Actors as isolated VMs: own module cache and globals, one thing at a time each, messages in order. */
class ActorTest {
    private static final int ACTORS = 6;

    private static PlaceRun withActors(int count, String actorScript) {
        PlaceRun p = new PlaceRun();
        for (int i = 1; i <= count; i++) {
            p.instance("ServerScriptService.Actor" + i, "Actor");
            p.script("ServerScriptService.Actor" + i + ".Work", actorScript);
        }
        return p;
    }

    @Test
    void aModuleRequiredByNActorsRunsNTimesAndSharesNoState() throws Exception {
        PlaceRun p = withActors(ACTORS, "def state = require(game.ReplicatedStorage.State)\n"
                + "state.n++\n"
                + "task.wait()\n"
                + "print('n=' + state.n + ' same=' + require(game.ReplicatedStorage.State).is(state))");
        p.module("ReplicatedStorage.State", "print('module ran')\nreturn [n: 0]");
        p.script("ServerScriptService.Main", "require(game.ReplicatedStorage.State).n = 100");
        p.runToEnd();
        List<String> prints = p.prints();
        assertEquals(ACTORS + 1, Collections.frequency(prints, "module ran"), p.output());
        assertEquals(ACTORS, Collections.frequency(prints, "n=1 same=true"), p.output());
    }

    @Test
    void scriptGlobalsOfOneActorAreNotSeenByAnother() throws Exception {
        PlaceRun p = withActors(ACTORS, "mine = script.GetActor().Name\n"
                + "task.wait()\n"
                + "print(mine == script.GetActor().Name)");
        p.runToEnd();
        assertEquals(Collections.nCopies(ACTORS, "true"), p.prints(), p.output());
    }

    @Test
    void getActorIsTheNearestActorOrNull() throws Exception {
        PlaceRun p = withActors(1, "print(script.GetActor().GetFullName())");
        p.instance("ServerScriptService.Actor1.Inner", "Folder");
        p.script("ServerScriptService.Actor1.Inner.Deeper", "print(script.GetActor().Name)");
        p.script("ServerScriptService.Plain", "print(script.GetActor() == null)");
        p.runToEnd();
        assertEquals(List.of("ServerScriptService.Actor1", "Actor1", "true"), p.prints(), p.output());
    }

    @Test
    void anActorRunsAtMostOneHandlerAtATime() throws Exception {
        int messages = 40;
        PlaceRun p = withActors(4, "script.GetActor().BindToMessageParallel('work') { t ->\n"
                + "    def key = script.GetActor().Name\n"
                + "    if (SharedTable.increment(t, key, 1) != 0) SharedTable.increment(t, 'overlaps', 1)\n"
                + "    Thread.sleep(1)\n"
                + "    SharedTable.increment(t, key, -1)\n"
                + "    SharedTable.increment(t, 'done', 1)\n"
                + "}");
        p.script("ServerScriptService.Main", "def t = SharedTable.new([overlaps: 0, done: 0])\n"
                + "def actors = script.Parent.GetChildren().findAll { it.IsA('Actor') }\n"
                + messages + ".times { actors.each { a -> a.SendMessage('work', t) } }\n"
                + "while (t.done < " + (messages * 4) + ") task.wait()\n"
                + "print('overlaps ' + t.overlaps)");
        p.runToEnd(RunOptions.defaults().withWorkers(4));
        assertEquals(List.of("overlaps 0"), p.prints(), p.output());
    }

    @Test
    void differentActorsRunInParallel() throws Exception {
        // each handler waits (up to a generous deadline) until the other actor's handler is running too
        PlaceRun p = withActors(2, "script.GetActor().BindToMessageParallel('meet') { t ->\n"
                + "    SharedTable.increment(t, 'arrived', 1)\n"
                + "    long deadline = System.currentTimeMillis() + 10000\n"
                + "    while (t.arrived < 2 && System.currentTimeMillis() < deadline) Thread.sleep(1)\n"
                + "    if (t.arrived == 2) SharedTable.increment(t, 'met', 1)\n"
                + "    SharedTable.increment(t, 'done', 1)\n"
                + "}");
        p.script("ServerScriptService.Main", "def t = SharedTable.new([arrived: 0, met: 0, done: 0])\n"
                + "script.Parent.Actor1.SendMessage('meet', t)\n"
                + "script.Parent.Actor2.SendMessage('meet', t)\n"
                + "while (t.done < 2) task.wait()\n"
                + "print('met ' + t.met)");
        p.runToEnd(RunOptions.defaults().withWorkers(2));
        assertEquals(List.of("met 2"), p.prints(), p.output());
    }

    @Test
    void messagesReachAnActorInTheOrderTheyWereSentInParallelAndSerialHandlers() throws Exception {
        int count = 300;
        PlaceRun p = withActors(1, "def a = script.GetActor()\n"
                + "a.BindToMessageParallel('p') { t, i -> t.parallel[SharedTable.size(t.parallel) + 1] = i }\n"
                + "a.BindToMessage('s') { t, i -> t.serial[SharedTable.size(t.serial) + 1] = i }");
        p.script("ServerScriptService.Main", "def t = SharedTable.new([parallel: [], serial: []])\n"
                + "def a = script.Parent.Actor1\n"
                + "for (i in 1.." + count + ") { a.SendMessage('p', t, i); a.SendMessage('s', t, i) }\n"
                + "while (SharedTable.size(t.parallel) < " + count + " || SharedTable.size(t.serial) < " + count
                + ") task.wait()\n"
                + "def parallel = []; t.parallel.each { k, v -> parallel << v }\n"
                + "def serial = []; t.serial.each { k, v -> serial << v }\n"
                + "print(parallel.join(','))\nprint(serial.join(','))");
        p.runToEnd();
        String inOrder = IntStream.rangeClosed(1, count).mapToObj(Integer::toString).collect(Collectors.joining(","));
        assertEquals(List.of(inOrder, inOrder), p.prints(), p.output());
    }

    @Test
    void aMessageSentBeforeAnyHandlerIsBoundWaitsForTheFirstOne() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Late", "Actor");
        p.script("Workspace.EarlySender", "game.ServerScriptService.Late.SendMessage('hello', 1)\n"
                + "game.ServerScriptService.Late.SendMessage('hello', 2)");
        p.script("ServerScriptService.Late.Binder", "task.wait(0.05)\n"
                + "script.GetActor().BindToMessage('hello') { n -> print('got ' + n) }");
        p.runToEnd();
        assertEquals(List.of("got 1", "got 2"), p.prints(), p.output());
    }

    @Test
    void aSerialHandlerRunsOnTheSerialThreadWhereWritesAreAllowed() throws Exception {
        PlaceRun p = withActors(1, "script.GetActor().BindToMessage('rename') { name -> script.Name = name; print(script.Name) }");
        p.script("ServerScriptService.Main", "script.Parent.Actor1.SendMessage('rename', 'Renamed')");
        p.runToEnd();
        assertEquals(List.of("Renamed"), p.prints(), p.output());
    }
}
