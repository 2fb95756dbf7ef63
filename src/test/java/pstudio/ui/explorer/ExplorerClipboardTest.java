package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
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

@ExtendWith(ApplicationExtension.class)
class ExplorerClipboardTest {
    private ExplorerStage s;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
    }

    @BeforeEach
    void expandFolder() {
        s.expand(s.folder);
    }

    private static List<String> names(Instance parent) {
        return parent.GetChildren().stream().map(Instance::getName).toList();
    }

    @Test
    void cutThenPasteBesideTheSelection(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.a));
        robot.push(KeyCode.CONTROL, KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("B", "C"), names(s.folder));
        assertEquals("Undo Cut A", s.doc.commands().undoTextProperty().get());

        robot.clickOn(s.cellOf(robot, s.master));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Master", "A"), names(s.sss));
        assertEquals(List.of("A"), s.selectedRows());
        assertTrue(s.outline().endsWith("ServerScriptService\n  Master\n  A\nServerStorage"));
    }

    @Test
    void copyThenPasteIntoTheSelection(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.b));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.clickOn(s.cellOf(robot, s.master));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Job", "B"), names(s.master));
        assertNotSame(s.b, s.master.GetChildren().get(1));
        assertEquals(List.of("A", "B", "C"), names(s.folder));
        assertEquals("Undo Paste B", s.doc.commands().undoTextProperty().get());
        assertEquals(List.of("B"), s.selectedRows());
    }

    @Test
    void ctrlCOutsideTheTreeIsNotAnExplorerCopy(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.b));
        ExplorerStage.onFx(() -> {
            s.view.focusFilter();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(s.view.editing().canPaste());
    }
}
