package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;

class RunEventQueueTest {
    private static RunEvent print(int i) {
        return new RunEvent.Output(OutputMessage.of(OutputLevel.PRINT, "line " + i, "ServerScriptService.Master", 1));
    }

    @Test
    void aDrainTakesEverythingInOrderAndTheLatestState() {
        RunEventQueue queue = new RunEventQueue();
        queue.onEvents(List.of(print(1), new RunEvent.StateChanged(RunState.RUNNING), print(2)));
        queue.onEvents(List.of(new RunEvent.StateChanged(RunState.QUIESCENT)));

        RunEventQueue.Batch batch = queue.drain();
        assertEquals(List.of("line 1", "line 2"), batch.output().stream().map(OutputMessage::text).toList());
        assertEquals(RunState.QUIESCENT, batch.latestState());
        assertTrue(queue.drain().isEmpty());
    }

    @Test
    void outputBeyondTheCapDropsTheOldestAndSaysHowMany() {
        RunEventQueue queue = new RunEventQueue();
        List<RunEvent> flood = new ArrayList<>();
        for (int i = 0; i < RunEventQueue.MAX_PENDING + 1234; i++) {
            flood.add(print(i));
        }
        queue.onEvents(flood);

        List<OutputMessage> out = queue.drain().output();
        assertEquals(RunEventQueue.MAX_PENDING + 1, out.size());
        assertEquals("1,234 messages were dropped: the run printed faster than the window can show", out.get(0).text());
        assertEquals("line 1234", out.get(1).text());
        assertEquals("line " + (RunEventQueue.MAX_PENDING + 1233), out.get(out.size() - 1).text());
        assertNull(queue.drain().latestState());
    }
}
