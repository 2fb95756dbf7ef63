package pstudio.ui;

import static pstudio.ui.WindowChecks.openStudio;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.PlaceTemplates;
import pstudio.ui.document.PlaceDocument;

/** Properties of an instance of the running place follow what the run does to it. */
@ExtendWith(ApplicationExtension.class)
class RunPropertiesWindowTest {
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
    void aSelectedRunInstanceShowsTheValuesTheRunGivesIt(FxRobot robot) throws Exception {
        // the name goes back to Ticker every other step, so the Explorer can find it by that name
        String master = """
                def ticker = Instance.new('Folder')
                ticker.Name = 'Ticker'
                ticker.Parent = workspace
                for (i in 1..1200) {
                    task.wait(0.05)
                    ticker.Name = i % 2 == 0 ? 'Ticker' : 'Ticker' + i
                }
                """;
        Platform.runLater(() -> window.show(new PlaceDocument(PlaceTemplates.guideLayout(master, null), null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.run());
        try {
            waitFor(() -> {
                AtomicBoolean selected = new AtomicBoolean();
                robot.interact(() -> selected.set(window.explorer().selectRunInstance("Workspace.Ticker")));
                return selected.get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            AtomicBoolean workspace = new AtomicBoolean();
            robot.interact(() -> workspace.set(window.explorer().selectRunInstance("Workspace")));
            throw new AssertionError("no Workspace.Ticker: phase " + window.runs().phase() + ", workspace "
                    + workspace.get() + ", output lines " + window.outputPanel().lineCount() + ", errors "
                    + window.outputPanel().levelCount(pstudio.engine.OutputLevel.ERROR));
        }

        String[] seen = new String[1];
        waitFor(() -> (seen[0] = name(robot)).matches("Ticker\\d+"));
        waitFor(() -> name(robot).equals("Ticker"));
        waitFor(() -> name(robot).matches("Ticker\\d+") && !name(robot).equals(seen[0]));

        robot.interact(() -> window.stop());
        waitFor(() -> window.runs().phase() == RunPhase.EDITING);
    }

    /** The Name the Properties panel shows now. */
    private static String name(FxRobot robot) {
        return robot.lookup("#property-Name").tryQuery().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).orElse("");
    }
}
