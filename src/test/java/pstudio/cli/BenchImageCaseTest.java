package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code studio bench --case image} runs a real place that writes a whole image and prints its figures and goal; what they are is the benchmark's business. */
class BenchImageCaseTest {

    @Test
    void theImageCasePrintsTheCallbacksWritesBesideTheBaseline() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Benchmark(2, 1, true, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of("image"));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("image      WritePixels of a whole 1,024 x 1,024 result"), out);
        assertTrue(out.matches("(?s).*  Color3 +[0-9.]+ ms +slowest.*first, cold.*"), out);
        assertTrue(out.matches("(?s).*  numbers +[0-9.]+ ms +slowest.*"), out);
        assertTrue(out.matches("(?s).*  baseline +[0-9.]+ ms.*ratio [0-9.]+.*"), out);
        assertTrue(out.matches("(?s).*goal: every warm write under 50 ms +(MET|MISSED).*"), out);
    }
}
