package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void printsAndWaits() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.A", "print('a1'); task.wait(0.3); print('a2')");
        p.script("ServerScriptService.B", "print('b1'); task.defer { print('b3') }; print('b2')");
        p.runToEnd();
        assertEquals(List.of("a1", "b1", "b2", "b3", "a2"), p.prints(), p.output());
    }
}
