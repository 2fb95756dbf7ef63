package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputMessage;

/** A dispatched thread runs on the engine's workers, and is sandboxed all the same. */
class SandboxedDispatchTest {

    @Test
    void aDispatchedThreadCannotEndTheProcessOrStartAThread() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "def h = JobScheduler.DispatchAsync('Escape', 2, 1, { r -> print('callback') })\n"
                + "print('status ' + h.Wait())\n"),
                JobPlace.job("Escape", "{ id, inst ->\n"
                        + "    if (id == 1) [System][0].exit(3)\n"
                        + "    [Thread][0].start { print('thread ran') }\n"
                        + "}"))
                .runToEnd();
        assertEquals(List.of("status Failed"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(2, errors.size(), p.output());
        assertTrue(errors.stream().anyMatch(e -> e.location().equals("ServerScriptService.Master.Job:5")
                && e.text().startsWith("scripts cannot end the process (thread 1")), p.output());
        assertTrue(errors.stream().anyMatch(e -> e.location().equals("ServerScriptService.Master.Job:6")
                && e.text().startsWith("scripts cannot start Java threads (thread 2")), p.output());
    }
}
