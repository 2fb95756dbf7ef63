package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.ui.RunObserver;

/** "Dispatch again" whose form is answered after the run ended: nothing is sent, and the person is told why. */
@ExtendWith(ApplicationExtension.class)
class DispatchAgainAfterRunEndedTest {
    private DispatchHistoryPanel panel;

    @Start
    void start(Stage stage) {
        panel = new DispatchHistoryPanel(new WatchSelection());
        stage.setScene(new Scene(panel, 600, 260));
        stage.show();
    }

    @Test
    void aFormAnsweredAfterTheRunEndedSendsNothingAndSaysSo(FxRobot robot) {
        ScriptedDispatches.Commands commands = new ScriptedDispatches.Commands();
        RunObserver observer = panel.observer();
        robot.interact(() -> {
            observer.runStarted(commands);
            observer.onMessage(ScriptedDispatches.scheduler(1, "ServerScriptService.Master.Job", 4));
            observer.onMessage(ScriptedDispatches.started(0, 7, 64, 4, 4, 0));
        });
        DispatchRow row = panel.history().rows().get(0);
        // the person opened the form while the run was alive; it ended before they pressed Dispatch
        robot.interact(() -> {
            observer.runEnded();
            panel.send(row, new DispatchAgainForm.Answer(64, 2, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, commands.again.size(), "nothing is sent to a run that has ended");
        assertTrue(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                        && l.getText().contains("Not dispatched: the run ended while the form was open"))
                .tryQuery().isPresent(), "the person is told why nothing happened");
    }

    @Test
    void aFormAnsweredWhileTheRunIsAliveIsSent(FxRobot robot) {
        ScriptedDispatches.Commands commands = new ScriptedDispatches.Commands();
        RunObserver observer = panel.observer();
        robot.interact(() -> {
            observer.runStarted(commands);
            observer.onMessage(ScriptedDispatches.started(0, 7, 64, 4, 4, 0));
        });
        commands.answerTo = panel.history();
        DispatchRow row = panel.history().rows().get(0);
        robot.interact(() -> panel.send(row, new DispatchAgainForm.Answer(64, 2, null)));
        assertEquals(1, commands.again.size());
        assertEquals(2, commands.again.get(0)[1]);
    }
}
