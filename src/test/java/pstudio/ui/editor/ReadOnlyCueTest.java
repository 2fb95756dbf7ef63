package pstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.editor.EditorStage.onFx;
import static pstudio.ui.editor.EditorStage.shown;
import static pstudio.ui.editor.EditorStage.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReadOnlyCueTest {
    private ScriptEditor editor;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage, "def x = 1\n");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(editor::dispose);
    }

    private Label banner(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".read-only-banner").queryAs(Label.class));
    }

    @Test
    void aReadOnlyEditorSaysSoAndTypingSaysWhy(FxRobot robot) throws Exception {
        assertFalse(onFx(() -> shown(banner(robot))), "banner while editable");

        robot.interact(() -> editor.setEditable(false));
        assertTrue(onFx(() -> shown(banner(robot))));
        assertEquals("Read-only while the place runs", banner(robot).getText());

        robot.clickOn(editor.codeArea()).write("y");
        assertEquals("def x = 1\n", editor.getText());
        assertTrue(banner(robot).getText().contains("press Stop to edit"), banner(robot).getText());

        robot.interact(() -> editor.setEditable(true));
        assertFalse(onFx(() -> shown(banner(robot))));
    }

    @Test
    void aLineGoneToStandsOutInAReadOnlyEditor(FxRobot robot) throws Exception {
        robot.interact(() -> {
            editor.replaceAllText("def x = 1\ndef y = x * 2\nprint(y)\n");
            editor.setEditable(false);
            editor.goToLine(2);
        });
        waitUntil(() -> robot.lookup(".paragraph-text.current-line").tryQuery().isPresent());
        Paint line = onFx(() -> fill(robot.lookup(".paragraph-text.current-line").queryAs(Region.class)));
        Paint area = onFx(() -> fill(editor.codeArea()));
        assertNotEquals(area, line, "the line an error link opens is marked, not tinted like the rest");
    }

    private static Paint fill(Region region) {
        Background b = region.getBackground();
        return b == null || b.getFills().isEmpty() ? null : b.getFills().get(0).getFill();
    }

    @Test
    void everyProblemIsReadableUnderTheEditor(FxRobot robot) throws Exception {
        robot.interact(() -> editor.replaceAllText("def x = 1\ndef f() { return undefinedThing( }\nclass A { def y = ; }\n"));
        waitUntil(() -> !editor.problems().isEmpty());
        Label strip = onFx(() -> robot.lookup(".problem-strip").queryAs(Label.class));
        waitUntil(() -> shown(strip));
        assertTrue(strip.getText().startsWith("Line " + editor.problems().get(0).line() + ": "), strip.getText());
        assertEquals(Math.min(3, editor.problems().size()), strip.getText().lines().filter(l -> l.startsWith("Line ")).count());
    }
}
