package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.Instance;

@ExtendWith(ApplicationExtension.class)
class ExplorerFilterTest {
    private static final String FULL_TREE = """
            Workspace
              Folder
              Client
            ReplicatedStorage
              Parallelizer
            ServerScriptService
              Master
            ServerStorage""";
    private ExplorerStage s;
    private Instance client;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
        client = ExplorerStage.add(s.workspace, "LocalScript", "Client");
    }

    private void filter(FxRobot robot, String text) {
        ExplorerStage.onFx(() -> {
            s.view.focusFilter();
            return null;
        });
        robot.eraseText(0).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNameShowsTheMatchesWithTheirAncestorsExpanded(FxRobot robot) {
        assertEquals(FULL_TREE, s.outline());
        filter(robot, "jOB");
        assertEquals("""
                ServerScriptService
                  Master
                    Job""", s.outline());
    }

    @Test
    void isClassNameMatchesSubclassesToo(FxRobot robot) {
        filter(robot, "is:Script");
        assertEquals("""
                Workspace
                  Client
                ServerScriptService
                  Master
                    Job""", s.outline());
    }

    @Test
    void anEmptyFilterBringsBackTheTreeAsItWas(FxRobot robot) {
        filter(robot, "b");
        ExplorerStage.onFx(() -> {
            s.view.focusFilter();
            return null;
        });
        robot.eraseText(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FULL_TREE, s.outline());
    }

    @Test
    void aRenameThatStopsMatchingTakesTheRowAway(FxRobot robot) {
        filter(robot, "job");
        ExplorerStage.onFx(() -> {
            s.view.editing().rename(s.job, "Work");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", s.outline());
    }
}
