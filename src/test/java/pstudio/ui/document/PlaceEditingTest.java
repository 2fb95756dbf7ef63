package pstudio.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.place.Instance;
import pstudio.place.InstanceException;

class PlaceEditingTest {
    private final SmallPlace p = new SmallPlace();
    private final PlaceDocument doc = new PlaceDocument(p.place, null);
    private final PlaceEditing editing = new PlaceEditing(doc);

    @Test
    void insertGoesUnderTheSelectionAndSelectsTheNewInstance() {
        doc.selection().select(p.b);
        Instance created = editing.insert("Actor");
        assertSame(p.b, created.getParent());
        assertEquals(List.of(created), doc.selection().items());
        assertEquals("Undo Insert Actor", doc.commands().undoTextProperty().get());
    }

    @Test
    void withNothingSelectedAClassGoesToTheServiceWhereItUsuallyLives() {
        assertSame(p.sss, editing.insert("Script").getParent());
        doc.selection().clear();
        assertSame(p.place.GetService("ReplicatedStorage"), editing.insert("ModuleScript").getParent());
        doc.selection().clear();
        assertSame(p.workspace, editing.insert("Folder").getParent());
    }

    @Test
    void renameIsOneUndoStepAndAnEmptyNameIsRefused() {
        editing.rename(p.job, "Work");
        assertEquals("Undo Rename Job to Work", doc.commands().undoTextProperty().get());
        InstanceException e = assertThrows(InstanceException.class, () -> editing.rename(p.job, ""));
        assertEquals("A name cannot be empty", e.getMessage());
        assertEquals("Work", p.job.getName());
        editing.undo();
        assertEquals("Job", p.job.getName());
    }

    @Test
    void duplicateSelectsTheCopies() {
        doc.selection().set(List.of(p.a, p.c));
        editing.duplicateSelection();
        assertEquals("A,A,B,C,C", SmallPlace.names(p.folder));
        assertEquals(List.of(p.folder.GetChildren().get(1), p.folder.GetChildren().get(4)), doc.selection().items());
    }

    @Test
    void deleteClearsTheSelectionAndUndoRestoresPosition() {
        doc.selection().select(p.b);
        editing.deleteSelection();
        assertTrue(doc.selection().items().isEmpty());
        editing.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
    }

    @Test
    void cutIsOneUndoStepAndPasteGoesBesideTheSelection() {
        doc.selection().select(p.job);
        editing.cutSelection();
        assertEquals("Undo Cut Job", doc.commands().undoTextProperty().get());
        assertEquals("", SmallPlace.names(p.master));
        assertTrue(editing.canPaste());

        doc.selection().select(p.b);
        editing.paste();
        assertEquals("A,B,C,Job", SmallPlace.names(p.folder));
        assertEquals("Job", doc.selection().primary().getName());
        assertNotSame(p.job, doc.selection().primary());
        assertEquals("Undo Paste Job", doc.commands().undoTextProperty().get());
    }

    @Test
    void pasteIntoGoesIntoTheSelectionAndTheClipboardKeepsWhatWasCopied() {
        doc.selection().select(p.a);
        editing.copySelection();
        p.a.setName("Renamed");
        doc.selection().select(p.master);
        editing.pasteInto();
        assertEquals("Job,A", SmallPlace.names(p.master));
        assertEquals("A", doc.selection().primary().getName());
        doc.selection().select(p.master);
        editing.pasteInto();
        assertEquals("Job,A,A", SmallPlace.names(p.master));
    }

    @Test
    void pasteWithAServiceSelectedGoesIntoTheService() {
        doc.selection().select(p.a);
        editing.copySelection();
        doc.selection().select(p.sss);
        editing.paste();
        assertEquals("Master,A", SmallPlace.names(p.sss));
    }

    @Test
    void pasteWithAnEmptyClipboardAndCopyingAServiceAreRefused() {
        assertFalse(editing.canPaste());
        assertThrows(InstanceException.class, editing::paste);
        doc.selection().select(p.workspace);
        assertEquals("Workspace is a service and cannot be copied",
                assertThrows(InstanceException.class, editing::copySelection).getMessage());
    }

    @Test
    void moveSelectsTheMovedInstancesAndExplainsARefusal() {
        editing.move(List.of(p.master), p.folder, -1);
        assertEquals(List.of(p.master), doc.selection().items());
        assertEquals("A,B,C,Master", SmallPlace.names(p.folder));
        assertEquals("Cannot move Folder into Master, which is inside it", editing.moveRefusal(List.of(p.folder), p.master));
        assertNull(editing.moveRefusal(List.of(p.a), p.master));
    }

    @Test
    void undoDropsFromTheSelectionWhatItTookOutOfThePlace() {
        Instance created = editing.insert("Folder");
        assertEquals(List.of(created), doc.selection().items());
        editing.undo();
        assertTrue(doc.selection().items().isEmpty());
    }
}
