package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import pstudio.place.Instance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExplorerInsertTest {
    private ExplorerStage s;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
    }

    @Test
    void ctrlIOpensAFilteredClassListAndEnterInsertsUnderTheSelection(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.folder));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        // write() sends to the first window Monocle calls focused, the Explorer's; key strokes reach the dialog
        robot.type(KeyCode.A, KeyCode.C, KeyCode.T);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("A,B,C,Actor", String.join(",", s.folder.GetChildren().stream().map(Instance::getName).toList()));
        assertEquals(List.of("Actor"), s.selectedRows());
        assertEquals("Undo Insert Actor", s.doc.commands().undoTextProperty().get());
        assertEquals("""
                Workspace
                  Folder
                    A
                    B
                    C
                    Actor
                ReplicatedStorage
                  Parallelizer
                ServerScriptService
                  Master
                ServerStorage""", s.outline());

        ExplorerStage.onFx(() -> {
            s.view.editing().undo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(s.outline().contains("Actor"));
        assertEquals(List.of(), s.doc.selection().items());

        ExplorerStage.onFx(() -> {
            s.view.editing().redo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("    Actor", s.outline().lines().filter(l -> l.contains("Actor")).findFirst().orElseThrow());
    }

    @Test
    void escapeClosesTheListWithoutInserting(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.folder));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        robot.type(KeyCode.F, KeyCode.O);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, s.folder.GetChildren().size());
        assertFalse(s.doc.commands().canUndoProperty().get());
    }
}
