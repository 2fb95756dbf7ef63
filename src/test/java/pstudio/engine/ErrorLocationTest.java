package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An uncaught error names the script and line in the place, with a stack in the same coordinates,
 * and never shows the generated class a script compiles to; other scripts keep running.
 */
class ErrorLocationTest {

    private static void assertNoGeneratedNames(OutputMessage m) {
        String all = m.text() + " " + m.location() + " " + String.join(" ", m.details());
        assertFalse(all.contains(ScriptCompiler.CLASS_PREFIX), all);
        assertFalse(all.contains("closure"), all);
        assertFalse(all.contains(".groovy"), all);
    }

    private static OutputMessage onlyError(PlaceRun p) {
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertNoGeneratedNames(errors.get(0));
        return errors.get(0);
    }

    @Test
    void anErrorCallNamesScriptAndLineAndTheOtherScriptsKeepRunning() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Master", "print('one')\nprint('two')\nerror('boom')\nprint('never')");
        p.script("ServerScriptService.Other", "task.wait(0.01)\nprint('other goes on')");
        p.runToEnd();
        OutputMessage e = onlyError(p);
        assertEquals("ServerScriptService.Master:3", e.location());
        assertEquals("boom", e.text());
        assertEquals(List.of("one", "two", "other goes on"), p.prints(), p.output());
    }

    @Test
    void anUndefinedNameSaysSoWithoutTheGeneratedClass() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("Workspace.Lost", "def a = 1\nprint(nope + a)");
        p.runToEnd();
        OutputMessage e = onlyError(p);
        assertEquals("Workspace.Lost:2", e.location());
        assertEquals("'nope' is not defined", e.text());
    }

    @Test
    void anUndefinedFunctionSaysSoWithoutTheGeneratedClass() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Caller", "\n\ndoesNotExist(1)");
        p.runToEnd();
        OutputMessage e = onlyError(p);
        assertEquals("ServerScriptService.Caller:3", e.location());
        assertTrue(e.text().contains("'doesNotExist'"), e.text());
    }

    @Test
    void aJavaExceptionMessageNamesTheScriptInsteadOfItsClass() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Thrower", "throw new IllegalStateException('bad state in ' + this.getClass().getName())");
        p.runToEnd();
        OutputMessage e = onlyError(p);
        assertEquals("bad state in ServerScriptService.Thrower", e.text(), "no Java exception class in the message");
    }

    @Test
    void theStackGoesThroughModulesAndClosuresInPlaceCoordinates() throws Exception {
        PlaceRun p = new PlaceRun();
        p.module("ReplicatedStorage.Util", "return [\n    half: { x ->\n        x.nope()\n    }\n]");
        p.script("ServerScriptService.Master", "def util = require(game.ReplicatedStorage.Util)\n"
                + "def twice = { x -> util.half(x) }\n"
                + "[1, 2].each { twice(it) }");
        p.runToEnd();
        OutputMessage e = onlyError(p);
        assertEquals("ReplicatedStorage.Util:3", e.location(), "blamed where it was thrown");
        assertEquals(List.of("at ReplicatedStorage.Util:3", "at ServerScriptService.Master:2",
                "at ServerScriptService.Master:3"), e.details());
        assertTrue(e.text().contains("nope"), e.text());
    }

    @Test
    void anErrorInADeferredFunctionIsBlamedOnItsScriptLine() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Later", "task.defer {\n    error('later')\n}\nprint('scheduled')");
        p.runToEnd();
        OutputMessage e = onlyError(p);
        assertEquals("ServerScriptService.Later:2", e.location());
        assertEquals(List.of("scheduled"), p.prints());
    }

    @Test
    void compileErrorsComeFirstWithScriptLineAndColumnAndTheOtherScriptsStillRun() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.First", "print('first runs')");
        p.script("ServerScriptService.Broken", "print('never')\n\ndef x = [1, 2");
        p.script("ServerScriptService.Last", "print('last runs')");
        p.runToEnd();
        List<OutputMessage> messages = p.messages();
        OutputMessage first = messages.get(0);
        assertEquals(OutputLevel.ERROR, first.level(), p.output());
        assertEquals("ServerScriptService.Broken", first.script());
        assertTrue(first.line() >= 3, first.location());
        assertTrue(first.text().matches("syntax error at column \\d+: .+"), first.text());
        assertNoGeneratedNames(first);
        assertEquals(1, p.errors().size(), p.output());
        assertEquals(List.of("first runs", "last runs"), p.prints());
    }
}
