package pstudio.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import pstudio.place.InstanceException;

class InsertCommandTest {
    private final SmallPlace p = new SmallPlace();
    private final CommandStack stack = new CommandStack();

    @Test
    void insertsAtTheEndAndUndoRedoUseTheSameObject() {
        InsertCommand insert = new InsertCommand(p.folder, "Folder");
        stack.execute(insert);
        assertEquals("A,B,C,Folder", SmallPlace.names(p.folder));
        assertEquals("Undo Insert Folder", stack.undoTextProperty().get());

        stack.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        assertNull(insert.created().getParent());

        stack.redo();
        assertSame(insert.created(), p.folder.GetChildren().get(3));
    }

    @Test
    void refusesClassesAUserCannotInsertAndTheTopOfThePlace() {
        assertEquals("Workspace cannot be inserted",
                assertThrows(InstanceException.class, () -> new InsertCommand(p.folder, "Workspace")).getMessage());
        assertEquals("Unknown class 'Foldr'",
                assertThrows(InstanceException.class, () -> new InsertCommand(p.folder, "Foldr")).getMessage());
        assertThrows(InstanceException.class, () -> new InsertCommand(p.place, "Folder"));
    }
}
