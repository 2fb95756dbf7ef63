package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Datatypes made in an engine process's dispatch reach the runner's output as Roblox prints them. */
class RunnerDatatypesTest {

    @Test
    void aDispatchOfVectorsPrintsThemAsRobloxDoes() {
        RunnerInvocation r = RunnerInvocation.run("datatypes.place");
        assertEquals(0, r.status(), r.transcript());
        double g = 128 / 255.0;
        assertEquals(List.of("2, " + g + ", -4 1.25, " + g + ", -2.5",
                "1, " + g + ", -2, 1, 0, 0, 0, 1, 0, 0, 0, 1 1, 0, 0"), r.stdoutLines(), r.transcript());
    }
}
