package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import org.junit.jupiter.api.Test;

/** Scripts reach children as properties ({@code game.ReplicatedStorage.Parallelizer}), as in Luau. */
class ChildByNameInGroovyTest {
    private final DataModel game = DataModel.empty();
    private final Script master = new Script();
    private final GroovyShell groovy;

    ChildByNameInGroovyTest() {
        master.setName("Master");
        master.setParent(game.GetService("ServerScriptService"));
        Binding binding = new Binding();
        binding.setVariable("game", game);
        binding.setVariable("script", master);
        groovy = new GroovyShell(binding);
    }

    @Test
    void aChildIsReachedByItsName() {
        ModuleScript module = new ModuleScript();
        module.setName("Parallelizer");
        module.setParent(game.GetService("ReplicatedStorage"));

        assertSame(module, groovy.evaluate("game.ReplicatedStorage.Parallelizer"));
        assertSame(game.GetService("ServerScriptService"), groovy.evaluate("script.Parent"));
        assertEquals("Master", groovy.evaluate("script.Name"));
    }

    @Test
    void aMissingChildIsNotAValidMemberOfItsParent() {
        InstanceException missing = assertThrows(InstanceException.class,
                () -> groovy.evaluate("game.ReplicatedStorage.Missing"));
        assertEquals("Missing is not a valid member of ReplicatedStorage ReplicatedStorage", missing.getMessage());

        InstanceException job = assertThrows(InstanceException.class, () -> groovy.evaluate("script.Job"));
        assertEquals("Job is not a valid member of Script ServerScriptService.Master", job.getMessage());
    }

    @Test
    void assigningToAnUnknownMemberIsRefused() {
        InstanceException e = assertThrows(InstanceException.class, () -> groovy.evaluate("script.Colour = 3"));

        assertEquals("Colour is not a valid member of Script ServerScriptService.Master", e.getMessage());
    }

    @Test
    void assigningAValueOfTheWrongTypeSaysWhichTypeItNeeds() {
        InstanceException e = assertThrows(InstanceException.class, () -> groovy.evaluate("script.Disabled = 'yes'"));

        assertEquals("Disabled must be a bool, not String", e.getMessage());
        assertFalse(master.isDisabled());
    }

    @Test
    void assigningParentReparentsAndOnlyTakesAnInstanceOrNull() {
        groovy.evaluate("script.Parent = game.ServerStorage");
        assertSame(game.GetService("ServerStorage"), master.getParent());

        InstanceException e = assertThrows(InstanceException.class, () -> groovy.evaluate("script.Parent = 'Workspace'"));
        assertEquals("Parent must be an Instance or nil, not string 'Workspace'", e.getMessage());

        groovy.evaluate("script.Parent = null");
        assertSame(null, master.getParent());
    }
}
