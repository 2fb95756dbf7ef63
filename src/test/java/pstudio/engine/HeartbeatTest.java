package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RunService.Heartbeat: fires on the serial thread with a positive dt, keeps the run going while
 * anything listens, and lets it end when the last handler disconnects. No timing is asserted.
 */
class HeartbeatTest {

    private static PlaceRun run(String source) throws InterruptedException {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Master", source);
        return p.runToEnd();
    }

    @Test
    void aHandlerRunsEveryFrameWithAPositiveDtUntilItDisconnectsAndThenTheRunEnds() throws Exception {
        PlaceRun p = run("def RunService = game.GetService('RunService')\n"
                + "int frames = 0\n"
                + "def connection\n"
                + "connection = RunService.Heartbeat.Connect { dt ->\n"
                + "    frames++\n"
                + "    print('frame ' + frames + ' dt positive ' + (dt > 0) + ' number ' + (typeof(dt) == 'number'))\n"
                + "    if (frames == 5) { connection.Disconnect() }\n"
                + "}\n"
                + "print('connected')");
        assertEquals(List.of("connected",
                "frame 1 dt positive true number true", "frame 2 dt positive true number true",
                "frame 3 dt positive true number true", "frame 4 dt positive true number true",
                "frame 5 dt positive true number true"), p.prints(), p.output());
        assertTrue(p.errors().isEmpty(), p.output());
    }

    @Test
    void theRunStaysAliveWhileAHandlerIsConnected() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Master", "game.RunService.Heartbeat.Connect { dt -> }\nprint('connected')");
        p.start(RunOptions.defaults());
        try {
            assertTrue(!p.run.awaitQuiescent(Duration.ofMillis(500)), "a connected Heartbeat is work still going");
            assertEquals(RunState.RUNNING, p.run.state());
        } finally {
            p.run.stop();
        }
        assertEquals(List.of("connected"), p.prints(), p.output());
    }

    @Test
    void onceAndWaitTakeOneFrameEach() throws Exception {
        PlaceRun p = run("def hb = game.GetService('RunService').Heartbeat\n"
                + "hb.Once { dt -> print('once ' + (dt > 0)) }\n"
                + "for (int i = 1; i <= 3; i++) {\n"
                + "    def dt = hb.Wait()[0]\n"
                + "    print('waited ' + i + ' ' + (dt > 0))\n"
                + "}");
        assertEquals(List.of("once true", "waited 1 true", "waited 2 true", "waited 3 true"), p.prints(), p.output());
    }

    @Test
    void isRunningIsTrueInARunAndFalseWhileEditing() throws Exception {
        PlaceRun p = run("def rs = game.GetService('RunService')\n"
                + "print(rs.IsRunning() + ' ' + rs.IsStudio() + ' ' + rs.IsServer() + ' ' + rs.IsClient())\n"
                + "print(rs == game.RunService)\nprint(rs.GetFullName() + ' ' + rs.ClassName + ' ' + (rs.Parent == game))");
        assertEquals(List.of("true true true false", "true", "RunService RunService true"), p.prints(), p.output());
        assertTrue(!p.place.getRunService().IsRunning(), "the place being edited is not running");
    }

    @Test
    void aHandlerThatThrowsIsReportedOnceAtItsLineAndDisconnectedSoTheRunEnds() throws Exception {
        PlaceRun p = run("int frames = 0\n"
                + "game.RunService.Heartbeat.Connect { dt ->\n"
                + "    frames++\n"
                + "    error('frame broke')\n"
                + "}\n"
                + "int others = 0\n"
                + "def other\n"
                + "other = game.RunService.Heartbeat.Connect { dt ->\n"
                + "    others++\n"
                + "    if (others == 3) { print('failing handler ran ' + frames + ' time'); other.Disconnect() }\n"
                + "}");
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals(1, errors.get(0).count(), p.output());
        assertEquals("ServerScriptService.Master:4", errors.get(0).location());
        assertEquals("frame broke" + HeartbeatClock.DISCONNECTED, errors.get(0).text());
        assertEquals(List.of("failing handler ran 1 time"), p.prints(), p.output());
    }

    @Test
    void aHandlerWhoseScriptIsDestroyedStopsAndTheRunEnds() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Animator", "game.RunService.Heartbeat.Connect { dt -> }\nprint('animating')");
        p.script("ServerScriptService.Remover",
                "task.wait(0.1)\ngame.ServerScriptService.Animator.Destroy()\nprint('destroyed')");
        p.runToEnd();
        assertEquals(List.of("animating", "destroyed"), p.prints(), p.output());
    }
}
