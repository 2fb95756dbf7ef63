package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
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
class ExplorerDuplicateDeleteTest {
    private static final String FOLDER_ROWS = """
            Workspace
              Folder
                A
                B
                C
            """;
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
    void ctrlDPutsACopyAfterTheOriginalAndSelectsIt(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.a));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("""
                Workspace
                  Folder
                    A
                    A
                    B
                """, s.firstRows(5));
        assertNotSame(s.a, s.doc.selection().primary());
        assertSame(s.folder.GetChildren().get(1), s.doc.selection().primary());
        assertEquals("Undo Duplicate A", s.doc.commands().undoTextProperty().get());
    }

    @Test
    void deleteRemovesTheRowAndUndoPutsItBackWhereItWas(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.b));
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Workspace\n  Folder\n    A\n    C\n", s.firstRows(4));
        assertEquals(List.of(), s.doc.selection().items());

        ExplorerStage.onFx(() -> {
            s.view.editing().undo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FOLDER_ROWS, s.firstRows(5));
        assertSame(s.b, s.folder.GetChildren().get(1));
    }

    @Test
    void severalSelectedRowsGoInOneStep(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.a));
        robot.press(KeyCode.CONTROL).clickOn(s.cellOf(robot, s.c)).release(KeyCode.CONTROL);
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(s.b), s.folder.GetChildren());
        assertEquals("Undo Delete 2 items", s.doc.commands().undoTextProperty().get());
    }

    @Test
    void deletingAServiceIsRefusedWithASentence(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, s.workspace));
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Workspace is a service and cannot be deleted", alert.getContentText());
        assertSame(s.place, s.workspace.getParent());
    }
}
