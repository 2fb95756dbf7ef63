package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pstudio.place.Instance;

/** The Problems tab: every script's compile errors, counted in the status bar, a click going to the line. */
@ExtendWith(ApplicationExtension.class)
class ProblemsWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = openStudio(stage, home);
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @Test
    void theProblemsListShowsTheCompileErrorsAndAClickGoesToTheLine(FxRobot robot) throws Exception {
        Instance master = WindowChecks.showPlaceWithMaster(window, "def a = 1\nprint(a)\n\ndef b = (\n");
        waitFor(() -> !window.problemsPanel().problems().isEmpty());
        int count = window.problemsPanel().problems().size();
        int line = window.problemsPanel().problems().get(0).line();

        String noun = count + " script problem" + (count == 1 ? "" : "s");
        Button status = robot.lookup((Node n) -> n instanceof Button b && noun.equals(b.getText())).queryButton();
        robot.clickOn(status);
        assertEquals("Problems (" + count + ")", window.bottomTabs().getSelectionModel().getSelectedItem().getText());

        Label where = robot.lookup((Node n) -> n instanceof Label l && l.isVisible()
                && ("ServerScriptService.Master:" + line).equals(l.getText())).queryAs(Label.class);
        robot.clickOn(where);
        waitFor(() -> window.editors().selectedScript() == master);
        assertEquals(line - 1, window.editors().selectedEditor().codeArea().getCurrentParagraph());

        robot.interact(() -> master.setProperty("Source", "def a = 1\nprint(a)\n"));
        waitFor(() -> window.problemsPanel().problems().isEmpty());
        assertTrue(WindowChecks.shows(robot, "0 script problems"));
    }

    @Test
    void closingTheWindowEndsTheBackgroundCheck(FxRobot robot) throws Exception {
        WindowChecks.showPlaceWithMaster(window, "def b = (\n");
        waitFor(() -> !window.problemsPanel().problems().isEmpty());
        // other tests' windows may have left theirs: this window's one is what must go
        long before = compileCheckThreads();
        robot.interact(() -> window.close());
        waitFor(() -> !window.stage().isShowing());
        waitFor(() -> compileCheckThreads() < before);
    }

    private static long compileCheckThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("problems-compile-check")).count();
    }
}
