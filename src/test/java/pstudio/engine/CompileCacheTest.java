package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source compiles once, whether it compiles or not; a failure is named after whichever script
 * asked. Class names one compile found missing stay missing for the next compiles, but never hide a
 * class a later script declares.
 */
class CompileCacheTest {

    @Test
    void aSourceThatDoesNotCompileIsCompiledOnceAndReportedForEachScript() {
        ScriptCompiler compiler = ScriptCompiler.shared();
        String broken = "def x = (1 +\n// " + System.nanoTime();
        long before = compiler.compilations();
        ScriptCompileException first = assertThrows(ScriptCompileException.class,
                () -> compiler.compile(broken, "ServerScriptService.Master.Job"));
        ScriptCompileException second = assertThrows(ScriptCompileException.class,
                () -> compiler.compile(broken, "ServerScriptService.Other"));
        assertEquals(1, compiler.compilations() - before, "the failure is cached by source");
        assertEquals("ServerScriptService.Master.Job", first.problems().get(0).script());
        assertEquals("ServerScriptService.Other", second.problems().get(0).script());
        assertEquals(first.problems().get(0).line(), second.problems().get(0).line());
    }

    @Test
    void aNameOneScriptUsesAsAGlobalIsAnotherScriptsOwnClass() throws InterruptedException {
        String unique = "// " + System.nanoTime();
        PlaceRun globals = new PlaceRun();
        globals.script("ServerScriptService.Main", "Widget = 'a global'\nprint(Widget)\n" + unique);
        globals.runToEnd();
        assertEquals(List.of("a global"), globals.prints(), globals.output());

        PlaceRun declares = new PlaceRun();
        declares.script("ServerScriptService.Main", "class Widget { static String make() { 'made by the class' } }\n"
                + "print(Widget.make())\nprint(new StringJoiner('-').add('still').add('resolved').toString())\n" + unique);
        declares.runToEnd();
        assertEquals(List.of("made by the class", "still-resolved"), declares.prints(), declares.output());
    }
}
