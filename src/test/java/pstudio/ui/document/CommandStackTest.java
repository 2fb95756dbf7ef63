package pstudio.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.InstanceException;

/** Undo, redo, their menu texts and the saved point, without the toolkit. */
class CommandStackTest {
    private final DataModel place = DataModel.empty();
    private final Instance job = InstanceClass.of("Script").create();
    private final PlaceDocument document;

    CommandStackTest() {
        job.setName("Job");
        job.setParent(place.GetService("ServerScriptService"));
        document = new PlaceDocument(place, null, "test");
    }

    private void rename(String name) {
        document.execute(new SetPropertyCommand(job, "Name", name));
    }

    @Test
    void undoAndRedoWalkTheHistoryAndNameTheStep() {
        CommandStack commands = document.commands();
        assertEquals("Undo", commands.undoTextProperty().get());
        assertFalse(commands.canUndoProperty().get());

        rename("Worker");
        rename("Crew");
        assertEquals("Undo Rename Worker to Crew", commands.undoTextProperty().get());

        commands.undo();
        assertEquals("Worker", job.getName());
        assertEquals("Redo Rename Worker to Crew", commands.redoTextProperty().get());
        assertEquals("Undo Rename Job to Worker", commands.undoTextProperty().get());

        commands.redo();
        assertEquals("Crew", job.getName());
        assertFalse(commands.canRedoProperty().get());
    }

    @Test
    void aNewChangeAfterUndoDropsWhatCouldBeRedone() {
        rename("Worker");
        document.commands().undo();
        rename("Crew");
        assertFalse(document.commands().canRedoProperty().get());
        document.commands().undo();
        assertEquals("Job", job.getName());
        assertFalse(document.commands().canUndoProperty().get());
    }

    @Test
    void undoingBackToTheSavedPointMakesThePlaceCleanAgain() {
        assertFalse(document.isDirty(), "an untouched document has nothing to save");
        rename("Worker");
        assertTrue(document.isDirty());
        document.commands().markSaved();
        assertFalse(document.isDirty());

        rename("Crew");
        document.commands().undo();
        assertFalse(document.isDirty());
        document.commands().undo();
        assertTrue(document.isDirty(), "before the save point differs from the file too");
    }

    @Test
    void aSavePointThatCanNoLongerBeReachedKeepsThePlaceDirty() {
        rename("Worker");
        document.commands().markSaved();
        document.commands().undo();
        rename("Crew");
        assertTrue(document.isDirty());
        document.commands().undo();
        assertTrue(document.isDirty());
    }

    @Test
    void anInvalidValueIsRefusedBeforeAnythingIsStoredOrPushed() {
        InstanceException refused = assertThrows(InstanceException.class, () -> rename("  "));
        assertEquals("A name cannot be empty", refused.getMessage());
        assertEquals("Job", job.getName());
        assertFalse(document.commands().canUndoProperty().get());
    }
}
