package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The guide's example, as shipped in {@code samples/}, through the runner exactly as a user starts it. */
class NthRootSampleTest {
    @Test
    void printsTheEarlyLineFirstThenEverySquareRootInIdOrderAndExitsZero() {
        RunnerInvocation r = RunnerInvocation.of("run", "samples/nth-root.place", "--workers", "2");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        assertEquals("", r.stderr());
        String roots = IntStream.rangeClosed(1, 1024).mapToObj(i -> {
            double root = Math.sqrt(i);
            return root == Math.rint(root) ? Integer.toString((int) root) : Double.toString(root);
        }).collect(Collectors.joining(", ", "[", "]"));
        assertEquals(List.of("This will run before the dispatch has finished!", roots), r.stdoutLines());
    }
}
