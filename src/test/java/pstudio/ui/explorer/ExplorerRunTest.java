package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.DataModel;
import pstudio.place.Instance;

@ExtendWith(ApplicationExtension.class)
class ExplorerRunTest {
    private ExplorerStage s;
    private DataModel run;
    private Instance runMaster;
    private String documentRows;

    @Start
    void start(Stage stage) {
        s = ExplorerStage.show(stage);
    }

    @BeforeEach
    void startARun() {
        s.expand(s.master);
        s.select(s.job);
        documentRows = s.outline();
        run = s.place.copyPlace();
        runMaster = run.GetService("ServerScriptService").FindFirstChild("Master");
        ExplorerStage.onFx(() -> {
            s.view.showRun(run);
            return null;
        });
    }

    /** What Parallelizer.CreateJobScheduler does from the engine's threads: actors, each with a job script. */
    private void createActorsFromAnotherThread(int count) throws InterruptedException {
        Thread engine = new Thread(() -> {
            for (int i = 1; i <= count; i++) {
                Instance actor = ExplorerStage.add(runMaster, "Actor", "JobActor" + i);
                ExplorerStage.add(actor, "Script", "Job");
            }
        });
        engine.start();
        engine.join();
    }

    @Test
    void theRunsTreeShowsActorsCreatedByItsThreads() throws InterruptedException {
        assertEquals(documentRows, s.outline());
        createActorsFromAnotherThread(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(s.outline().contains("""
                  Master
                    Job
                    JobActor1
                    JobActor2
                    JobActor3
                ServerStorage"""));
        assertNull(s.master.FindFirstChild("JobActor1"));
    }

    @Test
    void manyChangesWhileTheWindowIsBusyReachTheTreeInOneRefresh() throws Exception {
        int before = ExplorerStage.onFx(() -> s.view.refreshCount());
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            busy.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        busy.await(10, TimeUnit.SECONDS);
        createActorsFromAnotherThread(256);
        release.countDown();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 1, ExplorerStage.onFx(() -> s.view.refreshCount()));
        assertTrue(s.outline().contains("    JobActor256\nServerStorage"));
    }

    @Test
    void editKeysDoNothingDuringARunAndTheDocumentSelectionStays(FxRobot robot) {
        robot.clickOn(s.cellOf(robot, runMaster));
        robot.push(KeyCode.DELETE);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Master"), s.selectedRows());
        assertEquals(List.of(s.job), s.doc.selection().items());
        assertEquals(1, run.GetService("ServerScriptService").GetChildren().size());
        assertFalse(s.doc.commands().canUndoProperty().get());
        assertEquals(documentRows, s.outline());
    }

    @Test
    void endRunBringsBackTheDocumentsTreeUnchanged() throws InterruptedException {
        createActorsFromAnotherThread(5);
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerStage.onFx(() -> {
            s.view.endRun();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(documentRows, s.outline());
        assertEquals(List.of("Job"), s.selectedRows());
        assertFalse(s.view.isRunning());
    }
}
