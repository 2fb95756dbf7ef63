package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code require}: a module runs once per VM, its errors name it, and a cycle is an error rather than a hang. */
class RequireTest {

    @Test
    void aModuleRunsOnceAndEveryScriptGetsTheSameValue() throws Exception {
        PlaceRun p = new PlaceRun();
        p.module("ReplicatedStorage.Counter", "print('module ran')\nreturn [hits: 0]");
        p.script("ServerScriptService.A", "def c = require(game.ReplicatedStorage.Counter)\nc.hits++");
        p.script("ServerScriptService.B", "def c = require(game.ReplicatedStorage.Counter)\nc.hits++\n"
                + "print('hits ' + require(game.ReplicatedStorage.Counter).hits)");
        p.runToEnd();
        assertEquals(List.of("module ran", "hits 2"), p.prints(), p.output());
    }

    @Test
    void aThrowingModuleMakesRequireFailNamingTheModuleAndItsLine() throws Exception {
        PlaceRun p = new PlaceRun();
        p.module("ReplicatedStorage.Broken", "def x = 1\nerror('bad config')\nreturn x");
        p.script("ServerScriptService.User", "print('before')\nrequire(game.ReplicatedStorage.Broken)\nprint('after')");
        p.script("ServerScriptService.Other", "print('other runs')");
        p.runToEnd();
        assertEquals(List.of("before", "other runs"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.User:2", errors.get(0).location());
        assertEquals("Requested module ReplicatedStorage.Broken experienced an error while loading: "
                + "ReplicatedStorage.Broken:2: bad config", errors.get(0).text());
    }

    @Test
    void aModuleThatFailedFailsAgainForTheNextRequirerWithoutRunningTwice() throws Exception {
        PlaceRun p = new PlaceRun();
        p.module("ReplicatedStorage.Broken", "print('loading')\nerror('bad config')");
        p.script("ServerScriptService.A", "require(game.ReplicatedStorage.Broken)");
        p.script("ServerScriptService.B", "require(game.ReplicatedStorage.Broken)");
        p.runToEnd();
        assertEquals(List.of("loading"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(2, errors.size(), p.output());
        assertTrue(errors.stream().allMatch(e -> e.text().contains("ReplicatedStorage.Broken")), p.output());
    }

    @Test
    void aModuleWithACompileErrorIsNamedWithLineAndColumn() throws Exception {
        PlaceRun p = new PlaceRun();
        p.module("ReplicatedStorage.Typo", "return [1, 2\n");
        p.script("ServerScriptService.User", "require(game.ReplicatedStorage.Typo)");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().startsWith("Requested module ReplicatedStorage.Typo experienced an error"),
                errors.get(0).text());
        assertTrue(errors.get(0).text().matches(".*ReplicatedStorage\\.Typo:\\d+:\\d+.*"), errors.get(0).text());
    }

    @Test
    void aRequireCycleIsAClearErrorNotAHang() throws Exception {
        PlaceRun p = new PlaceRun();
        p.module("ReplicatedStorage.A", "require(game.ReplicatedStorage.B)\nreturn 'a'");
        p.module("ReplicatedStorage.B", "require(game.ReplicatedStorage.A)\nreturn 'b'");
        p.script("ServerScriptService.User", "require(game.ReplicatedStorage.A)\nprint('never')");
        p.script("ServerScriptService.Other", "print('other runs')");
        p.runToEnd();
        assertEquals(List.of("other runs"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().contains(
                "require cycle: ReplicatedStorage.A -> ReplicatedStorage.B -> ReplicatedStorage.A"), errors.get(0).text());
    }

    @Test
    void requireOfSomethingElseThanAModuleScriptSaysWhatItGot() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.User", "require(game.ReplicatedStorage)");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().startsWith("invalid argument #1 to 'require' (ModuleScript expected, got "), errors.get(0).text());
        assertTrue(errors.get(0).text().contains("ReplicatedStorage"), errors.get(0).text());
    }
}
