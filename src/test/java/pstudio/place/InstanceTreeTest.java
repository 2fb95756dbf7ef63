package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    void insertChildPutsTheChildAtItsIndexAndDestroyClosesTheGap() {
        Folder a = add(new Folder(), "A", scripts);
        Folder c = add(new Folder(), "C", scripts);
        Folder b = new Folder();
        Folder first = new Folder();

        scripts.insertChild(1, b);
        scripts.insertChild(0, first);
        scripts.insertChild(3, a); // a move inside one parent: the index counts without the moved child

        assertEquals(List.of(first, b, c, a), scripts.GetChildren());
        assertEquals(2, scripts.indexOfChild(c));
        b.Destroy();
        assertEquals(List.of(first, c, a), scripts.GetChildren());
        assertEquals(-1, scripts.indexOfChild(b));
        assertEquals(3, scripts.childCount());
    }

    /**
     * Scripts read the tree from parallel workers while the serial thread changes it: every read sees
     * a whole list, never a gap, a null or a half-made change.
     */
    @Test
    void readersOnOtherThreadsSeeWholeListsWhileChildrenAreAddedAndRemoved() throws Exception {
        int count = 10_000;
        Folder parent = add(new Folder(), "Busy", scripts);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> reads = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            reads.add(readers.submit(() -> {
                int seen = 0;
                while (writing.get()) {
                    List<Instance> now = parent.GetChildren();
                    int offset = now.isEmpty() ? 0 : Integer.parseInt(now.get(0).getName());
                    for (int i = 0; i < now.size(); i++) {
                        Instance child = now.get(i);
                        if (child == null || !child.getName().equals(Integer.toString(offset + i))) {
                            problems.add("at " + i + " of " + now.size() + ": " + child);
                            return seen;
                        }
                    }
                    seen++;
                }
                return seen;
            }));
        }
        List<Folder> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(add(new Folder(), Integer.toString(i), parent));
        }
        for (Folder f : added.subList(0, count / 2)) {
            f.Destroy(); // from the front, so each list left is still a run of consecutive names
        }
        writing.set(false);
        for (Future<Integer> read : reads) {
            assertTrue(read.get(60, TimeUnit.SECONDS) > 0, "a reader got to read");
        }
        readers.shutdown();

        assertEquals(List.of(), problems);
        assertEquals(added.subList(count / 2, count), parent.GetChildren());
    }

    @Test
    void clearAllChildrenDestroysEachOfAHundredThousandChildrenAndTellsTheListeners() {
        Folder parts = add(new Folder(), "Parts", scripts);
        List<Folder> children = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            children.add(add(new Folder(), "Part" + i, parts));
        }
        Folder inside = add(new Folder(), "Inside", children.get(7));
        List<Instance> told = new ArrayList<>();
        game.addTreeListener(new TreeListener() {
            @Override
            public void childRemoved(Instance parent, Instance child) {
                assertSame(parts, parent);
                told.add(child);
            }
        });

        parts.ClearAllChildren();

        assertEquals(List.of(), parts.GetChildren());
        assertEquals(children, told);
        assertNull(children.get(99_999).getParent());
        assertTrue(children.get(0).isDestroyed() && inside.isDestroyed());
        assertThrows(InstanceException.class, () -> children.get(0).setParent(parts));
    }

    @Test
    void clearAllChildrenOfThePlaceRefusesToDestroyItsServices() {
        InstanceException e = assertThrows(InstanceException.class, game::ClearAllChildren);

        assertEquals("Cannot destroy Workspace Workspace", e.getMessage());
        assertEquals(DataModel.SERVICES.size(), game.GetChildren().size());
    }

    @Test
    void servicesCannotBeDestroyed() {
        InstanceException e = assertThrows(InstanceException.class, scripts::Destroy);

        assertEquals("Cannot destroy ServerScriptService ServerScriptService", e.getMessage());
        assertSame(game, scripts.getParent());
    }
}
