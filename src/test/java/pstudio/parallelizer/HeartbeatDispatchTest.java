package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Heartbeat handler that dispatches every frame (as the enemy-ai sample does): each callback runs, then the run ends. */
class HeartbeatDispatchTest {

    @Test
    void oneDispatchPerFrameDeliversEveryResultAndTheRunEndsAfterTheLast() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "int frames = 0\n"
                + "def heartbeat\n"
                + "heartbeat = game.RunService.Heartbeat.Connect { dt ->\n"
                + "    int frame = ++frames\n"
                + "    if (frame == 5) heartbeat.Disconnect()\n"
                + "    JobScheduler.DispatchAsync('Square', 8, 2, { r ->\n"
                + "        print('frame ' + frame + ': ' + r.toList().sum())\n"
                + "    }, Parallelizer.CreateInstructionData([frame]))\n"
                + "}\n"),
                JobPlace.job("Square", "{ id, inst -> id * inst[1] }")).runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("frame 1: 36", "frame 2: 72", "frame 3: 108", "frame 4: 144", "frame 5: 180"),
                p.prints().stream().sorted().toList(), p.output());
    }
}
