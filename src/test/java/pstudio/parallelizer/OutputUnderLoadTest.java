package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;

/** 256 actors printing in a tight loop stay within the output queue's cap, and every print is counted. */
class OutputUnderLoadTest {

    @Test
    void aTightPrintLoopIn256ActorsFinishesWhileNobodyReadsAndEveryPrintIsCounted() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(256,
                "JobScheduler.DispatchEquallyAsync('Chatty', 256, { r -> print('done') })\n"),
                JobPlace.job("Chatty", "{ id, inst -> 1000.times { print('tick') }; id }"));
        CountDownLatch reading = new CountDownLatch(1);
        p.run = StudioRun.create(p.place, 2);
        // nothing is read until the run is over: 256,000 prints must fit the queue's 100,000 places
        p.run.addListener(batch -> {
            try {
                reading.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        p.run.addListener(batch -> {
            synchronized (p.events) {
                p.events.addAll(batch);
            }
        });
        p.run.start();
        boolean quiet = p.run.awaitQuiescent(Duration.ofSeconds(60));
        reading.countDown();
        p.run.stop();

        assertTrue(quiet, "the run stalled: its prints did not fit the queue while nobody read them");
        List<OutputMessage> messages = p.messages();
        long ticks = messages.stream().filter(m -> m.text().equals("tick")).mapToLong(OutputMessage::count).sum();
        assertEquals(256 * 1000, ticks, "every print is counted");
        assertTrue(messages.stream().noneMatch(m -> m.text().contains("dropped")), p.output());
        assertEquals("done", p.prints().get(p.prints().size() - 1));
        assertTrue(p.events(RunEvent.Output.class).size() < 256 * 1000 / 10,
                "identical lines share entries: " + p.events(RunEvent.Output.class).size());
    }
}
