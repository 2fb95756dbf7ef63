package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine calls every script function as Luau does: extra arguments dropped, missing ones nil. */
class LuauCallsTest {

    @Test
    void threadFunctionsMayTakeOneParameterOrIt() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchEquallyAsync('One', 6, { r -> print(r.toList().join(',')) }).Wait()\n"
                + "JobScheduler.DispatchEquallyAsync('It', 6, { r -> print(r.toList().join(',')) }).Wait()\n"
                + "JobScheduler.DispatchEquallyAsync('None', 2, { -> print('no result parameter') })\n"),
                "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "P.CreateThread(Actor, 'One') { id -> id * 2 }\n"
                + "P.CreateThread(Actor, 'It') { it * 3 }\n"
                + "P.CreateThread(Actor, 'None') { -> 'x' }\n").runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("2,4,6,8,10,12", "3,6,9,12,15,18", "no result parameter"), p.prints(), p.output());
    }

    @Test
    void eventHandlersTakeWhatTheyDeclare() throws Exception {
        JobPlace p = new JobPlace("def e = Instance.new('BindableEvent')\n"
                + "e.Event.Connect { a -> print('a=' + a) }\n"
                + "e.Event.Connect { -> print('no parameters') }\n"
                + "e.Event.Connect { a, b, c, d -> print([a, b, c, d].join(' ')) }\n"
                + "e.Fire(1, 2, 3)\n"
                + "e.Fire(7)\n", "");
        p.runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("a=1", "no parameters", "1 2 3 null", "a=7", "no parameters", "7 null null null"),
                p.prints(), p.output());
    }

    @Test
    void messageHandlersAndTaskFunctionsTakeWhatTheyDeclare() throws Exception {
        JobPlace p = new JobPlace("def a = Instance.new('Actor', script)\n"
                + "a.BindToMessage('T') { x -> print('serial ' + x) }\n"
                + "a.BindToMessageParallel('T') { x -> print('parallel ' + x) }\n"
                + "a.SendMessage('T', 1, 2)\n"
                + "task.spawn({ x -> print('spawn ' + x) }, 5, 6)\n"
                + "task.defer({ -> print('defer') }, 5, 6)\n"
                + "task.delay(0, { x, y, z -> print('delay ' + x + ' ' + z) }, 8)\n", "");
        p.runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertTrue(p.prints().containsAll(List.of("serial 1", "parallel 1", "spawn 5", "defer", "delay 8 nil")),
                p.output());
    }

    @Test
    void closuresWithDefaultParametersGetTheirDefaults() throws Exception {
        JobPlace p = new JobPlace("def e = Instance.new('BindableEvent')\n"
                + "e.Event.Connect { a, b = 'dflt' -> print(a + ' ' + b) }\n"
                + "e.Fire('x')\n", "");
        p.runToEnd();
        assertEquals(List.of("x dflt"), p.prints(), p.output());
    }
}
