package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of library calls from scripts against what Luau itself prints for them
 * ({@code luau/luau-reference.txt} says where the expected text comes from).
 */
class LuauReferenceTest {
    private static final int CALLS_PER_SCRIPT = 80;

    private record Call(String expression, String expected) {
    }

    @Test
    void everyCallPrintsWhatLuauPrints() throws Exception {
        List<Call> calls = calls();
        PlaceRun p = new PlaceRun();
        for (int from = 0, part = 1; from < calls.size(); from += CALLS_PER_SCRIPT, part++) {
            StringBuilder source = new StringBuilder("def show(v) { tostring(v).replace('\\n', '\\\\n') }\n");
            for (Call c : calls.subList(from, Math.min(calls.size(), from + CALLS_PER_SCRIPT))) {
                source.append("try { print(show(").append(c.expression)
                        .append(")) } catch (Throwable e) { print('ERR: ' + e.message) }\n");
            }
            p.script(String.format("ServerScriptService.Part%02d", part), source.toString());
        }
        p.runToEnd();
        assertEquals(List.of(), p.errors(), p.output());
        List<String> printed = p.prints();
        assertEquals(calls.size(), printed.size(), p.output());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (!calls.get(i).expected.equals(printed.get(i))) {
                wrong.add(calls.get(i).expression + "\n    expected: " + calls.get(i).expected
                        + "\n    printed:  " + printed.get(i));
            }
        }
        assertEquals("", String.join("\n", wrong), wrong.size() + " of " + calls.size() + " calls differ");
    }

    private static List<Call> calls() throws IOException {
        List<Call> calls = new ArrayList<>();
        try (InputStream in = LuauReferenceTest.class.getResourceAsStream("luau/luau-reference.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                calls.add(new Call(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return calls;
    }
}
