package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BindableEvent: Connect, Fire (handlers run after the caller, on the serial thread), Disconnect and Wait. */
class BindableEventTest {

    private static PlaceRun run(String... scripts) throws InterruptedException {
        PlaceRun p = new PlaceRun();
        p.instance("Workspace.Ping", "BindableEvent");
        for (int i = 0; i < scripts.length; i++) {
            p.script("ServerScriptService.Script" + (i + 1), scripts[i]);
        }
        return p.runToEnd();
    }

    @Test
    void fireRunsEveryHandlerAfterTheCallerWithTheArguments() throws Exception {
        PlaceRun p = run("def e = workspace.Ping\n"
                + "e.Event.Connect { a, b -> print('first ' + a + b) }\n"
                + "e.Event.Connect { a, b -> print('second ' + a + b) }\n"
                + "e.Fire('x', 1)\n"
                + "print('after fire')");
        assertEquals(List.of("after fire", "first x1", "second x1"), p.prints(), p.output());
    }

    @Test
    void aDisconnectedHandlerIsNotCalledAgain() throws Exception {
        PlaceRun p = run("def e = workspace.Ping\n"
                + "def c = e.Event.Connect { n -> print('got ' + n) }\n"
                + "print('connected ' + c.Connected)\n"
                + "e.Fire(1)\n"
                + "task.wait()\n"
                + "c.Disconnect()\n"
                + "print('connected ' + c.Connected)\n"
                + "e.Fire(2)\n"
                + "task.wait()\n"
                + "c.Disconnect()\n"
                + "print('done')");
        assertEquals(List.of("connected true", "got 1", "connected false", "done"), p.prints(), p.output());
    }

    @Test
    void waitYieldsUntilTheNextFireAndReturnsItsArguments() throws Exception {
        PlaceRun p = run("def args = workspace.Ping.Event.Wait()\nprint('woke with ' + args.toList())",
                "print('firing')\nworkspace.Ping.Fire('a', 2)");
        assertEquals(List.of("firing", "woke with [a, 2]"), p.prints(), p.output());
    }

    @Test
    void anErrorInAHandlerIsReportedAtItsLineAndOtherHandlersStillRun() throws Exception {
        PlaceRun p = run("workspace.Ping.Event.Connect {\n    error('handler broke')\n}\n"
                + "workspace.Ping.Event.Connect { print('other handler ran') }\n"
                + "workspace.Ping.Fire()");
        assertEquals(List.of("other handler ran"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.Script1:2", errors.get(0).location());
        assertEquals("handler broke", errors.get(0).text());
    }
}
