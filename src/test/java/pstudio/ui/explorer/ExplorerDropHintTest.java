package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.Instance;

/** While a row is dragged, the row under the pointer shows whether it takes the drop, and a hint says what or why not. */
@ExtendWith(ApplicationExtension.class)
class ExplorerDropHintTest {
    private ExplorerStage s;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
    }

    @BeforeEach
    void expandFolderAndMaster() {
        s.expand(s.folder, s.master);
    }

    /** A failed assertion mid-drag leaves the button down; let go, so the next test's drag is its own. */
    @AfterEach
    void letGo(FxRobot robot) {
        robot.release(new MouseButton[0]);
    }

    @Test
    void aRowThatTakesTheDropIsHighlightedAndTheHintSaysWhatTheDropWillDo(FxRobot robot) {
        Background plain = backgroundOf(s.cellOf(robot, s.master));
        robot.drag(s.cellOf(robot, s.a)).moveTo(s.cellOf(robot, s.master));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(plain, backgroundOf(s.cellOf(robot, s.master)), "the drop target looks like any other row");
        assertEquals("Move A into Master", hint());

        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(hint(), "the hint stays after the drop");
        assertEquals(plain, backgroundOf(s.cellOf(robot, s.master)));
        assertEquals(List.of("Job", "A"), s.master.GetChildren().stream().map(Instance::getName).toList());
    }

    @Test
    void aRowThatRefusesTheDropLooksDifferentAndTheHintSaysWhyAndTheDropChangesNothing(FxRobot robot) {
        Background plain = backgroundOf(s.cellOf(robot, s.b));
        robot.drag(s.cellOf(robot, s.folder)).moveTo(s.cellOf(robot, s.master));
        WaitForAsyncUtils.waitForFxEvents();
        Background accepting = backgroundOf(s.cellOf(robot, s.master));

        robot.moveTo(s.cellOf(robot, s.b));
        WaitForAsyncUtils.waitForFxEvents();
        Background refusing = backgroundOf(s.cellOf(robot, s.b));
        assertNotEquals(plain, refusing, "a refusing row looks like any other row");
        assertNotEquals(accepting, refusing, "a refusing row looks like one that takes the drop");
        assertEquals(plain, backgroundOf(s.cellOf(robot, s.master)), "the row left behind stays highlighted");
        assertEquals("Cannot move Folder into B, which is inside it", hint());

        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(hint(), "the hint stays after the drop");
        assertEquals(plain, backgroundOf(s.cellOf(robot, s.b)));
        assertEquals(List.of(s.a, s.b, s.c), s.folder.GetChildren());
        assertEquals(s.workspace, s.folder.getParent());
        assertFalse(s.doc.commands().canUndoProperty().get(), "a refused drop left an undo step");
    }

    @Test
    void theLightThemeShowsBothToo(FxRobot robot) {
        ExplorerStage.onFx(() -> {
            Application.setUserAgentStylesheet(getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
            return null;
        });
        try {
            Background plain = backgroundOf(s.cellOf(robot, s.b));
            robot.drag(s.cellOf(robot, s.c)).moveTo(s.cellOf(robot, s.b));
            WaitForAsyncUtils.waitForFxEvents();
            Background accepting = backgroundOf(s.cellOf(robot, s.b));
            assertNotEquals(plain, accepting);
            robot.moveTo(s.cellOf(robot, s.c));
            WaitForAsyncUtils.waitForFxEvents();
            Background refusing = backgroundOf(s.cellOf(robot, s.c));
            assertNotEquals(plain, refusing);
            assertNotEquals(accepting, refusing);
            assertEquals("Cannot move C into itself", hint());
            robot.drop();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(s.a, s.b, s.c), s.folder.GetChildren());
        } finally {
            ExplorerStage.onFx(() -> {
                Application.setUserAgentStylesheet(getClass().getResource("/atlantafx/base/theme/primer-dark.css").toExternalForm());
                return null;
            });
        }
    }

    private String hint() {
        return ExplorerStage.onFx(() -> s.view.dropHintText());
    }

    private static Background backgroundOf(Node cell) {
        return ExplorerStage.onFx(() -> {
            cell.applyCss();
            return ((Region) cell).getBackground();
        });
    }
}
