package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A script cannot end the studio's process; it gets an error naming its line, and the run goes on. */
class ExitRefusalTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "def s = System\ns.exit(3)",
        "def r = Runtime.getRuntime()\nr.halt(3)",
        "def name = 'exit'\nSystem.\"$name\"(3)",
        "def m = System.getMethod('exit', int)\nm.invoke(null, 3)",
        "def f = [System][0]\nf.exit(3)",
    })
    void dynamicExitIsAnErrorAtItsLine(String source) throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Quitter", source);
        p.script("ServerScriptService.After", "print('still here')");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("scripts cannot end the process", errors.get(0).text(), p.output());
        assertEquals("ServerScriptService.Quitter:2", errors.get(0).location(), p.output());
        assertEquals(List.of("still here"), p.prints());
    }

    @ParameterizedTest
    @ValueSource(strings = {"System.exit(0)", "Runtime.getRuntime().halt(1)", "Runtime.runtime.exit(1)",
        "def f = System.&exit"})
    void obviousExitIsACompileError(String source) throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Quitter", "print('never')\n" + source);
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.Quitter:2", errors.get(0).location());
        assertTrue(errors.get(0).text().contains("not allowed"), errors.get(0).text());
        assertEquals(List.of(), p.prints());
    }
}
