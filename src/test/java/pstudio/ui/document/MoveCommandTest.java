package pstudio.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.place.InstanceException;

class MoveCommandTest {
    private final SmallPlace p = new SmallPlace();
    private final CommandStack stack = new CommandStack();

    @Test
    void movesIntoAnotherParentAtAnIndexAndUndoRestoresEachPosition() {
        stack.execute(new MoveCommand(List.of(p.a, p.c), p.master, 0));
        assertEquals("B", SmallPlace.names(p.folder));
        assertEquals("A,C,Job", SmallPlace.names(p.master));
        assertEquals("Undo Move 2 items into Master", stack.undoTextProperty().get());

        stack.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        assertEquals("Job", SmallPlace.names(p.master));
    }

    @Test
    void reordersWithinTheSameParent() {
        stack.execute(new MoveCommand(List.of(p.a), p.folder, 3));
        assertEquals("B,C,A", SmallPlace.names(p.folder));
        stack.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        stack.execute(new MoveCommand(List.of(p.c), p.folder, 1));
        assertEquals("A,C,B", SmallPlace.names(p.folder));
    }

    @Test
    void aNegativeIndexAppends() {
        MoveCommand move = new MoveCommand(List.of(p.job), p.folder, -1);
        assertEquals("Move Job into Folder", move.description());
        stack.execute(move);
        assertEquals("A,B,C,Job", SmallPlace.names(p.folder));
    }

    @Test
    void refusesAMoveIntoItselfOrADescendantAndMovingServices() {
        assertEquals("Cannot move Folder into itself",
                assertThrows(InstanceException.class, () -> new MoveCommand(List.of(p.folder), p.folder, 0)).getMessage());
        assertEquals("Cannot move Folder into B, which is inside it",
                assertThrows(InstanceException.class, () -> new MoveCommand(List.of(p.folder), p.b, 0)).getMessage());
        assertEquals("ServerScriptService is a service and cannot be moved",
                assertThrows(InstanceException.class, () -> new MoveCommand(List.of(p.sss), p.folder, 0)).getMessage());
        assertEquals("A,B,C", SmallPlace.names(p.folder));
    }
}
