package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TreeListenerTest {
    private final DataModel game = DataModel.empty();
    private final Instance workspace = game.GetService("Workspace");
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final String here = Thread.currentThread().getName();

    /** Writes each event as a line, with the thread it arrived on. */
    private final TreeListener recorder = new TreeListener() {
        @Override
        public void childAdded(Instance parent, Instance child) {
            heard.add("added " + child.getName() + " to " + parent.getName() + " on " + Thread.currentThread().getName());
        }

        @Override
        public void childRemoved(Instance parent, Instance child) {
            heard.add("removed " + child.getName() + " from " + parent.getName() + " on " + Thread.currentThread().getName());
        }

        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            heard.add(instance.getName() + "." + property + ": " + oldValue + " -> " + newValue
                    + " on " + Thread.currentThread().getName());
        }
    };

    @Test
    void changesMadeOnAnotherThreadAreHeardThereInOrder() throws InterruptedException {
        game.addTreeListener(recorder);
        Thread editor = new Thread(() -> {
            Folder folder = new Folder();
            folder.setParent(workspace);
            folder.setName("Data");
            folder.setParent(null);
        }, "editor");

        editor.start();
        editor.join();

        assertEquals(List.of(
                "added Folder to Workspace on editor",
                "Data.Name: Folder -> Data on editor",
                "removed Data from Workspace on editor"), heard);
    }

    @Test
    void changesDeepInTheTreeBubbleUpToTheListener() {
        Script master = new Script();
        master.setName("Master");
        master.setParent(game.GetService("ServerScriptService"));
        Script job = new Script();
        job.setName("Job");
        job.setParent(master);
        game.addTreeListener(recorder);

        job.setSource("print(1)");
        job.setDisabled(true);
        new Folder().setParent(job);

        assertEquals(List.of(
                "Job.Source:  -> print(1) on " + here,
                "Job.Disabled: false -> true on " + here,
                "added Folder to Job on " + here), heard);
    }

    @Test
    void aListenerHearsOnlyItsOwnSubtree() {
        workspace.addTreeListener(recorder);

        new Folder().setParent(game.GetService("ServerStorage"));
        new Folder().setParent(workspace);

        assertEquals(List.of("added Folder to Workspace on " + here), heard);
    }

    @Test
    void settingAPropertyToTheValueItHasIsNotAChange() {
        Script script = new Script();
        script.setParent(workspace);
        game.addTreeListener(recorder);

        script.setDisabled(false);
        script.setName("Script");

        assertEquals(List.of(), heard);
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        game.addTreeListener(recorder);
        new Folder().setParent(workspace);
        game.removeTreeListener(recorder);

        new Folder().setParent(workspace);

        assertEquals(List.of("added Folder to Workspace on " + here), heard);
    }
}
