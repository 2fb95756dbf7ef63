package pstudio.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.place.InstanceException;

class DuplicateAndPasteCommandTest {
    private final SmallPlace p = new SmallPlace();
    private final CommandStack stack = new CommandStack();

    @Test
    void duplicatePutsADeepCopyRightAfterTheOriginal() {
        DuplicateCommand duplicate = new DuplicateCommand(List.of(p.master));
        stack.execute(duplicate);
        assertEquals("Master,Master", SmallPlace.names(p.sss));
        assertEquals("Undo Duplicate Master", stack.undoTextProperty().get());
        assertEquals("Job", SmallPlace.names(duplicate.copies().get(0)));
        assertNotSame(p.job, duplicate.copies().get(0).GetChildren().get(0));

        stack.execute(new DuplicateCommand(List.of(p.a)));
        assertEquals("A,A,B,C", SmallPlace.names(p.folder));
        stack.undo();
        stack.undo();
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        assertEquals("Master", SmallPlace.names(p.sss));
    }

    @Test
    void servicesCannotBeDuplicated() {
        assertThrows(InstanceException.class, () -> new DuplicateCommand(List.of(p.workspace)));
    }

    @Test
    void pasteAddsNewCopiesAtTheEndOfTheTarget() {
        PasteCommand paste = new PasteCommand(List.of(p.a, p.job), p.master);
        assertEquals("Paste 2 items", paste.description());
        stack.execute(paste);
        assertEquals("Job,A,Job", SmallPlace.names(p.master));
        assertEquals("A,B,C", SmallPlace.names(p.folder));
        stack.undo();
        assertEquals("Job", SmallPlace.names(p.master));
        stack.redo();
        assertEquals("Job,A,Job", SmallPlace.names(p.master));
    }
}
