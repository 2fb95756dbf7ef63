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
        return new RunEvent.Output(0, OutputMessage.of(OutputLevel.PRINT, "line " + i, "ServerScriptService.Master", 1));
    }

    private static RunEvent warning(int i) {
        return new RunEvent.Output(0, OutputMessage.of(OutputLevel.WARN, "careful " + i, "ServerScriptService.Master", 2));
    }

    @Test
    void aDrainTakesEverythingInOrderAndTheLatestState() {
        RunEventQueue queue = new RunEventQueue();
        queue.onEvents(List.of(print(1), new RunEvent.StateChanged(0, RunState.RUNNING), print(2)));
        queue.onEvents(List.of(new RunEvent.StateChanged(0, RunState.QUIESCENT)));

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
        assertEquals(OutputLevel.WARN, out.get(0).level());
        assertEquals("1,234 prints were dropped: the run printed faster than the window can show", out.get(0).text());
        assertEquals("line 1234", out.get(1).text());
        assertEquals("line " + (RunEventQueue.MAX_PENDING + 1233), out.get(out.size() - 1).text());
        assertNull(queue.drain().latestState());
    }

    @Test
    void warningsAmongAFloodOfPrintsAreNeverDroppedAndKeepTheirPlace() {
        RunEventQueue queue = new RunEventQueue();
        List<RunEvent> flood = new ArrayList<>();
        for (int i = 0; i < 2 * RunEventQueue.MAX_PENDING; i++) {
            flood.add(i % 1000 == 0 ? warning(i) : print(i));
        }
        queue.onEvents(flood);

        List<OutputMessage> out = queue.drain().output();
        List<OutputMessage> warnings = out.stream().filter(m -> m.level() == OutputLevel.WARN).skip(1).toList();
        assertEquals(2 * RunEventQueue.MAX_PENDING / 1000, warnings.size(), "every warning is kept");
        assertEquals(RunEventQueue.MAX_PENDING + 1, out.size(), "the cap holds, plus the note");
        assertEquals(String.format("%,d prints were dropped: the run printed faster than the window can show",
                RunEventQueue.MAX_PENDING),
                out.get(0).text());
        int previous = -1;
        for (OutputMessage m : out.subList(1, out.size())) {
            int n = Integer.parseInt(m.text().replaceAll("\\D", ""));
            assertTrue(n > previous, "arrival order is kept: " + m.text() + " after " + previous);
            previous = n;
        }
    }

    @Test
    void warningsThatAloneFillTheQueueWaitForTheWindowInsteadOfBeingDropped() throws Exception {
        RunEventQueue queue = new RunEventQueue();
        List<RunEvent> warnings = new ArrayList<>();
        for (int i = 0; i < RunEventQueue.MAX_PENDING; i++) {
            warnings.add(warning(i));
        }
        queue.onEvents(warnings);
        Thread publisher = new Thread(() -> queue.onEvents(List.of(warning(RunEventQueue.MAX_PENDING))));
        publisher.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (publisher.getState() != Thread.State.WAITING) {
            assertTrue(publisher.isAlive() && System.currentTimeMillis() < deadline, "the publisher did not wait");
            Thread.sleep(5);
        }

        assertEquals(RunEventQueue.MAX_PENDING, queue.drain().output().size());
        publisher.join(60_000);
        assertEquals(List.of("careful " + RunEventQueue.MAX_PENDING),
                queue.drain().output().stream().map(OutputMessage::text).toList());
    }
}
