package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExplorerRenameTest {
    private ExplorerStage s;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
    }

    @BeforeEach
    void expandFolder() {
        s.expand(s.folder);
    }

    @Test
    void f2RenamesInPlaceAndUndoBringsTheOldNameBack(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.a));
        robot.push(KeyCode.F2);
        robot.type(KeyCode.Z, KeyCode.E, KeyCode.D);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("zed", s.a.getName());
        assertTrue(s.outline().contains("    zed\n    B"));
        assertEquals("Undo Rename A to zed", s.doc.commands().undoTextProperty().get());

        ExplorerStage.onFx(() -> {
            s.view.editing().undo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A", s.a.getName());
        assertTrue(s.outline().contains("    A\n    B"));
    }

    @Test
    void escapeKeepsTheOldName(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.b));
        robot.push(KeyCode.F2);
        robot.type(KeyCode.X);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("B", s.b.getName());
        assertFalse(s.doc.commands().canUndoProperty().get());
        assertTrue(s.outline().contains("    B\n"));
    }

    @Test
    void anEmptyNameIsRefusedWithASentenceAndTheOldNameStays(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.c));
        robot.push(KeyCode.F2);
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("C", s.c.getName());
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("A name cannot be empty", alert.getContentText());
        assertFalse(s.doc.commands().canUndoProperty().get());
    }

    @Test
    void aSlowSecondClickOnTheSelectedRowStartsARename(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.b));
        // a pause longer than a double click, then the second click; the rename starts after it
        robot.sleep(800);
        robot.clickOn(s.cellOf(robot, s.b));
        robot.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.Q);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("q", s.b.getName());
    }
}
