package pstudio.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.place.InstanceException;

class DeleteCommandTest {
    private final SmallPlace p = new SmallPlace();
    private final CommandStack stack = new CommandStack();

    @Test
    void undoPutsTheSameObjectsBackAtTheirIndexes() {
        stack.execute(new DeleteCommand(List.of(p.c, p.a, p.job)));
        assertEquals("B", SmallPlace.names(p.folder));
        assertEquals("", SmallPlace.names(p.master));
        assertEquals("Undo Delete 3 items", stack.undoTextProperty().get());

        stack.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        assertSame(p.a, p.folder.GetChildren().get(0));
        assertSame(p.job, p.master.GetChildren().get(0));
        assertFalse(p.a.isDestroyed());

        stack.redo();
        assertEquals("B", SmallPlace.names(p.folder));
    }

    @Test
    void aDescendantOfADeletedInstanceGoesWithItAndIsNotCountedTwice() {
        DeleteCommand delete = new DeleteCommand(List.of(p.b, p.folder));
        assertEquals("Delete Folder", delete.description());
        stack.execute(delete);
        stack.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        assertEquals("Folder", SmallPlace.names(p.workspace));
    }

    @Test
    void servicesCannotBeDeleted() {
        InstanceException e = assertThrows(InstanceException.class, () -> new DeleteCommand(List.of(p.a, p.workspace)));
        assertEquals("Workspace is a service and cannot be deleted", e.getMessage());
        assertEquals("A,B,C", SmallPlace.names(p.folder));
    }

    @Test
    void cutIsNamedCut() {
        assertEquals("Cut Job", DeleteCommand.cut(List.of(p.job)).description());
    }
}
