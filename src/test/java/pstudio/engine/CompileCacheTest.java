package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A source compiles once, whether it compiles or not; a failure is named after whichever script asked. */
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
}
