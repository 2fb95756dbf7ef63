package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.Instance;

/** Moves through PlaceEditing, by dragging rows with the mouse, and the drop rules behind dragging. */
@ExtendWith(ApplicationExtension.class)
class ExplorerMoveTest {
    private ExplorerStage s;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
    }

    @BeforeEach
    void expandFolderAndMaster() {
        s.expand(s.folder, s.master);
    }

    @Test
    void moveShowsTheRowsUnderTheNewParentAndUndoPutsThemBack() {
        ExplorerStage.onFx(() -> {
            s.view.editing().move(List.of(s.a, s.c), s.master, 0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("""
                Workspace
                  Folder
                    B
                ReplicatedStorage
                  Parallelizer
                ServerScriptService
                  Master
                    A
                    C
                    Job
                ServerStorage""", s.outline());
        assertEquals(List.of("A", "C"), s.selectedRows());
        assertEquals("Undo Move 2 items into Master", s.doc.commands().undoTextProperty().get());

        ExplorerStage.onFx(() -> {
            s.view.editing().undo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("""
                Workspace
                  Folder
                    A
                    B
                    C
                ReplicatedStorage
                  Parallelizer
                ServerScriptService
                  Master
                    Job
                ServerStorage""", s.outline());
    }

    @Test
    void draggingARowOntoAnotherMovesItInside(FxRobot robot) {
        robot.drag(s.cellOf(robot, s.a)).moveTo(s.cellOf(robot, s.master)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Job", "A"), s.master.GetChildren().stream().map(Instance::getName).toList());
        assertEquals("Undo Move A into Master", s.doc.commands().undoTextProperty().get());
        assertEquals(List.of("A"), s.selectedRows());
    }

    @Test
    void draggingAFolderIntoItsOwnChildMovesNothing(FxRobot robot) {
        robot.drag(s.cellOf(robot, s.folder)).moveTo(s.cellOf(robot, s.b)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(s.a, s.b, s.c), s.folder.GetChildren());
        assertEquals(s.workspace, s.folder.getParent());
        assertFalse(s.doc.commands().canUndoProperty().get());
    }

    @Test
    void aDropIntoADescendantOrOfAServiceIsNotAcceptedAndSaysWhy() {
        assertEquals("Cannot move Folder into B, which is inside it", ExplorerStage.onFx(() -> {
            s.view.startDrag(s.folder);
            return s.view.dropRefusal(s.b);
        }));
        assertFalse(ExplorerStage.onFx(() -> s.view.drop(s.b)));
        assertEquals("Workspace is a service and cannot be moved", ExplorerStage.onFx(() -> {
            s.view.endDrag();
            s.view.startDrag(s.workspace);
            return s.view.dropRefusal(s.folder);
        }));
        assertEquals(List.of(s.a, s.b, s.c), s.folder.GetChildren());
    }

    @Test
    void aDropOnAnItemMovesTheSelectedRowsIntoIt(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.a));
        robot.press(KeyCode.CONTROL).clickOn(s.cellOf(robot, s.b)).release(KeyCode.CONTROL);
        assertNull(ExplorerStage.onFx(() -> {
            s.view.startDrag(s.b);
            return s.view.dropRefusal(s.master);
        }));
        assertTrue(ExplorerStage.onFx(() -> s.view.drop(s.master)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Job", "A", "B"), s.master.GetChildren().stream().map(Instance::getName).toList());
        assertEquals("Undo Move 2 items into Master", s.doc.commands().undoTextProperty().get());
    }
}
