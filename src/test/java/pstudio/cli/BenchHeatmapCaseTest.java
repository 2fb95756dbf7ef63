package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** {@code studio bench --case heatmap} runs without a display and prints its figures and goals; what they are is the benchmark's business. */
class BenchHeatmapCaseTest {

    @Test
    void theHeatmapCasePrintsFrameTimesAndTheEnginesSlowdown() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit as the other window tests start it; the case uses it then
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Benchmark(2, 1, true, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of("heatmap"));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("heatmap    1,024 actors"), out);
        for (String row : List.of("  frames     ", "  cold       ", "  FX work    median ",
                "  shown      ", "  hidden     ", "  ratio      ")) {
            assertTrue(out.contains(row), "a row starting '" + row + "' in\n" + out);
        }
        assertTrue(out.matches("(?s).*frames a second.*goal: above 30 fps +(MET|MISSED).*"), out);
        assertTrue(out.matches("(?s).*goal: shown / hidden <= 1\\.05 +(MET|MISSED).*"), out);
    }
}
