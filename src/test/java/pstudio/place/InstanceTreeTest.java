package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceTreeTest {
    private final DataModel game = DataModel.empty();
    private final Instance scripts = game.GetService("ServerScriptService");

    private static <T extends Instance> T add(T instance, String name, Instance parent) {
        instance.setName(name);
        instance.setParent(parent);
        return instance;
    }

    @Test
    void childrenKeepTheOrderTheyWereAddedIn() {
        Folder b = add(new Folder(), "B", scripts);
        Folder a = add(new Folder(), "A", scripts);
        Folder c = add(new Folder(), "C", scripts);

        assertEquals(List.of(b, a, c), scripts.GetChildren());
    }

    @Test
    void descendantsComeDepthFirstWithChildrenInOrder() {
        Script master = add(new Script(), "Master", scripts);
        Script job = add(new Script(), "Job", master);
        Folder data = add(new Folder(), "Data", job);
        Folder after = add(new Folder(), "After", scripts);

        assertEquals(List.of(master, job, data, after), scripts.GetDescendants());
    }

    @Test
    void findFirstChildLooksBelowChildrenOnlyWhenRecursive() {
        Script master = add(new Script(), "Master", scripts);
        Script job = add(new Script(), "Job", master);

        assertSame(master, scripts.FindFirstChild("Master"));
        assertNull(scripts.FindFirstChild("Job"));
        assertSame(job, scripts.FindFirstChild("Job", true));
        assertNull(scripts.FindFirstChild("Nothing", true));
    }

    @Test
    void findFirstChildReturnsTheFirstOfTwoWithTheSameName() {
        Folder first = add(new Folder(), "Twin", scripts);
        add(new Folder(), "Twin", scripts);

        assertSame(first, scripts.FindFirstChild("Twin"));
    }

    @Test
    void isAFollowsTheClassHierarchy() {
        LocalScript local = new LocalScript();

        assertTrue(local.IsA("LocalScript"));
        assertTrue(local.IsA("Script"));
        assertTrue(local.IsA("LuaSourceContainer"));
        assertTrue(local.IsA("Instance"));
        assertFalse(new Script().IsA("LocalScript"));
        assertFalse(new ModuleScript().IsA("Script"));
        assertFalse(new Folder().IsA("Folderr"));
    }

    @Test
    void fullNameRunsFromTheServiceDown() {
        Script master = add(new Script(), "Master", scripts);
        Script job = add(new Script(), "Job", master);

        assertEquals("ServerScriptService.Master.Job", job.GetFullName());
        assertEquals("ServerScriptService", scripts.GetFullName());
        assertEquals("Loose", add(new Folder(), "Loose", null).GetFullName());
    }

    @Test
    void settingParentMovesAnInstanceToTheEndOfItsNewParent() {
        Folder from = add(new Folder(), "From", scripts);
        Folder to = add(new Folder(), "To", scripts);
        Folder already = add(new Folder(), "Already", to);
        Folder moved = add(new Folder(), "Moved", from);

        moved.setParent(to);

        assertSame(to, moved.getParent());
        assertEquals(List.of(), from.GetChildren());
        assertEquals(List.of(already, moved), to.GetChildren());
        assertEquals("ServerScriptService.To.Moved", moved.GetFullName());
    }

    @Test
    void parentThatWouldMakeACycleIsRefusedAndNothingMoves() {
        Script master = add(new Script(), "Master", scripts);
        Script job = add(new Script(), "Job", master);

        InstanceException e = assertThrows(InstanceException.class, () -> master.setParent(job));
        assertEquals("Attempt to set parent of ServerScriptService.Master to ServerScriptService.Master.Job"
                + " would result in circular reference", e.getMessage());
        assertThrows(InstanceException.class, () -> master.setParent(master));
        assertSame(scripts, master.getParent());
        assertEquals(List.of(job), master.GetChildren());
    }

    @Test
    void servicesStayUnderTheDataModelAndOnlyServicesGoThere() {
        Folder folder = add(new Folder(), "Folder", scripts);
        Instance storage = game.GetService("ServerStorage");

        InstanceException moveService = assertThrows(InstanceException.class, () -> storage.setParent(folder));
        assertEquals("Cannot move service ServerStorage", moveService.getMessage());
        InstanceException folderAtTop = assertThrows(InstanceException.class, () -> folder.setParent(game));
        assertEquals("Only services can be children of the DataModel", folderAtTop.getMessage());
        assertSame(game, storage.getParent());
        assertSame(scripts, folder.getParent());
    }

    @Test
    void cloneIsADeepParentlessCopyThatChangesIndependently() {
        Script master = add(new Script(), "Master", scripts);
        master.setSource("print('master')");
        Script job = add(new Script(), "Job", master);
        job.setDisabled(true);
        job.setSource("print('job')");

        Script copy = (Script) master.Clone();
        Script copiedJob = (Script) copy.FindFirstChild("Job");

        assertNull(copy.getParent());
        assertNotSame(job, copiedJob);
        assertSame(copy, copiedJob.getParent());
        assertEquals("print('master')", copy.getSource());
        assertTrue(copiedJob.isDisabled());
        assertEquals("print('job')", copiedJob.getSource());

        copiedJob.setSource("changed");
        copiedJob.setName("Renamed");
        add(new Folder(), "Extra", copy);
        assertEquals("print('job')", job.getSource());
        assertEquals("Job", job.getName());
        assertEquals(List.of(job), master.GetChildren());
        assertEquals(List.of(master), scripts.GetChildren());
    }

    @Test
    void destroyDetachesAndLocksTheParentOfTheInstanceAndItsDescendants() {
        Script master = add(new Script(), "Master", scripts);
        Script job = add(new Script(), "Job", master);

        master.Destroy();

        assertNull(master.getParent());
        assertEquals(List.of(), scripts.GetChildren());
        InstanceException e = assertThrows(InstanceException.class, () -> master.setParent(scripts));
        assertEquals("The Parent property of Master is locked", e.getMessage());
        assertThrows(InstanceException.class, () -> job.setParent(scripts));
        assertEquals(List.of(), scripts.GetChildren());
    }

    @Test
    void servicesCannotBeDestroyed() {
        InstanceException e = assertThrows(InstanceException.class, scripts::Destroy);

        assertEquals("Cannot destroy ServerScriptService ServerScriptService", e.getMessage());
        assertSame(game, scripts.getParent());
    }
}
