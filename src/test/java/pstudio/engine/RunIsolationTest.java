package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What one run's scripts change in Groovy's shared metaclasses is gone in the next run in the same process. */
class RunIsolationTest {

    @Test
    void aMetaclassChangeDoesNotOutliveItsRun() throws Exception {
        PlaceRun first = new PlaceRun();
        first.script("ServerScriptService.Changer", "String.metaClass.shout = { -> 'SHOUT' }\n"
                + "Integer.metaClass.static.answer = { -> 42 }\nprint('a'.shout() + ' ' + Integer.answer())");
        first.runToEnd();
        assertEquals(List.of("SHOUT 42"), first.prints(), first.output());

        PlaceRun next = new PlaceRun();
        next.script("ServerScriptService.Reader", "print(pcall { 'a'.shout() }[0])\nprint(pcall { Integer.answer() }[0])");
        next.runToEnd();
        assertEquals(List.of("false", "false"), next.prints(), next.output());
    }
}
