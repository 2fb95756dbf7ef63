package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What reaches a listener that falls behind: every message under {@link OutputDelivery#EVERY_MESSAGE}
 * (the producer waits, in a bounded queue), and under {@link OutputDelivery#DROP_PRINTS_WHEN_BEHIND}
 * every warning, the kept prints and a warning that counts the dropped ones.
 */
class EventPublisherTest {
    private static final long LIVENESS_MILLIS = 60_000;

    /** A listener that holds its first batch until released, as a paused reader holds the runner. */
    private static class StalledListener implements RunListener {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<RunEvent>> batches = new ArrayList<>();

        @Override
        public void onEvents(List<RunEvent> events) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (batches) {
                batches.add(events);
            }
        }

        List<OutputMessage> messages() {
            synchronized (batches) {
                return batches.stream().flatMap(List::stream).filter(e -> e instanceof RunEvent.Output)
                        .map(e -> ((RunEvent.Output) e).message()).toList();
            }
        }

        int largestBatch() {
            synchronized (batches) {
                return batches.stream().mapToInt(List::size).max().orElse(0);
            }
        }
    }

    private static OutputMessage print(String text) {
        return OutputMessage.of(OutputLevel.PRINT, text, "ServerScriptService.Master", 1);
    }

    private static OutputMessage warning(String text) {
        return OutputMessage.of(OutputLevel.WARN, text, "ServerScriptService.Master", 2);
    }

    private static EventPublisher stalledPublisher(OutputDelivery delivery, StalledListener listener) throws Exception {
        EventPublisher publisher = new EventPublisher("test", delivery, new RunClock());
        publisher.addListener(listener);
        publisher.start();
        publisher.publishOutput(print("first"));
        assertTrue(listener.entered.await(LIVENESS_MILLIS, TimeUnit.MILLISECONDS));
        return publisher;
    }

    private static Thread producing(Runnable work, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test-producer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits (liveness only) until {@code t} waits for room in the publisher's queue. */
    private static void awaitWaiting(Thread t) throws InterruptedException {
        long deadline = System.currentTimeMillis() + LIVENESS_MILLIS;
        while (t.getState() != Thread.State.WAITING) {
            assertTrue(t.isAlive(), "the producer ended instead of waiting for room");
            assertTrue(System.currentTimeMillis() < deadline, "the producer never waited for room");
            Thread.sleep(5);
        }
    }

    private static List<String> printTexts(List<OutputMessage> messages) {
        List<String> texts = new ArrayList<>();
        for (OutputMessage m : messages) {
            if (m.level() == OutputLevel.PRINT) {
                for (int i = 0; i < m.count(); i++) {
                    texts.add(m.text());
                }
            }
        }
        return texts;
    }

    @Test
    void everyMessageWaitsForASlowListenerInABoundedQueueAndAllArrive() throws Exception {
        StalledListener listener = new StalledListener();
        EventPublisher publisher = stalledPublisher(OutputDelivery.EVERY_MESSAGE, listener);
        int prints = 2 * EventPublisher.MAX_PENDING + 7;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = producing(() -> {
            for (int i = 1; i <= prints; i++) {
                publisher.publishOutput(print("line " + i));
            }
            publisher.publishOutput(warning("the end"));
        }, failure);

        awaitWaiting(producer);
        listener.release.countDown();
        producer.join(LIVENESS_MILLIS);
        publisher.close();

        assertEquals(null, failure.get());
        List<OutputMessage> messages = listener.messages();
        List<String> texts = printTexts(messages);
        assertEquals(prints + 1, texts.size(), "the first print and every line");
        for (int i = 1; i <= prints; i++) {
            assertEquals("line " + i, texts.get(i));
        }
        assertEquals("the end", messages.get(messages.size() - 1).text());
        assertTrue(listener.largestBatch() <= EventPublisher.MAX_PENDING,
                "at most " + EventPublisher.MAX_PENDING + " messages wait at once, not " + listener.largestBatch());
    }

    @Test
    void identicalMessagesJoinTheLastEntrySoAFullQueueStillTakesThemAndCountsEachOne() throws Exception {
        StalledListener listener = new StalledListener();
        EventPublisher publisher = stalledPublisher(OutputDelivery.EVERY_MESSAGE, listener);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = producing(() -> {
            for (int i = 1; i < EventPublisher.MAX_PENDING; i++) {
                publisher.publishOutput(print("line " + i));
            }
            for (int i = 0; i < 1_000_000; i++) {
                publisher.publishOutput(print("tick"));
            }
        }, failure);

        producer.join(LIVENESS_MILLIS);
        assertTrue(!producer.isAlive(), "a repeat of the last message must not wait for room");
        listener.release.countDown();
        publisher.close();

        assertEquals(null, failure.get());
        OutputMessage last = listener.messages().get(listener.messages().size() - 1);
        assertEquals("tick", last.text());
        assertEquals(1_000_000, last.count());
    }

    @Test
    void theStudioDropsOnlyPrintsAndAWarningSaysHowManyRightWhereTheyWereDropped() throws Exception {
        StalledListener listener = new StalledListener();
        EventPublisher publisher = stalledPublisher(OutputDelivery.DROP_PRINTS_WHEN_BEHIND, listener);
        for (int i = 1; i <= EventPublisher.MAX_PENDING + 500; i++) {
            publisher.publishOutput(print("line " + i));
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread warner = producing(() -> publisher.publishOutput(warning("careful")), failure);

        awaitWaiting(warner);
        listener.release.countDown();
        warner.join(LIVENESS_MILLIS);
        publisher.close();

        assertEquals(null, failure.get());
        List<OutputMessage> messages = listener.messages();
        assertEquals(1 + EventPublisher.MAX_PENDING, printTexts(messages).size(), "the first print and a full queue");
        OutputMessage note = messages.get(1 + EventPublisher.MAX_PENDING);
        assertEquals(OutputLevel.WARN, note.level());
        assertEquals("the run printed faster than its output could be shown: 500 prints were dropped"
                + " (at most 100,000 messages wait at once)", note.text());
        assertEquals("careful", messages.get(messages.size() - 1).text(), "a warning is never dropped");
    }

    @Test
    void stopInterruptsAScriptThatWaitsForRoom() throws Exception {
        StalledListener listener = new StalledListener();
        EventPublisher publisher = stalledPublisher(OutputDelivery.EVERY_MESSAGE, listener);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = producing(() -> {
            for (int i = 1; ; i++) {
                publisher.publishOutput(print("line " + i));
            }
        }, failure);

        awaitWaiting(producer);
        producer.interrupt();
        producer.join(LIVENESS_MILLIS);
        listener.release.countDown();
        publisher.close();

        assertInstanceOf(RunStopped.class, failure.get());
    }

    @Test
    void anActionPutInLineRunsAfterTheEventsBeforeItAndBeforeThoseAfter() throws Exception {
        List<String> seen = new ArrayList<>();
        StalledListener stalled = new StalledListener() {
            @Override
            public void onEvents(List<RunEvent> events) {
                super.onEvents(events);
                synchronized (seen) {
                    events.forEach(e -> seen.add(e instanceof RunEvent.Output o ? o.message().text()
                            : e.getClass().getSimpleName()));
                }
            }
        };
        EventPublisher publisher = stalledPublisher(OutputDelivery.EVERY_MESSAGE, stalled);
        // all of this waits in one batch behind the stalled listener: the order within it is what counts
        publisher.publish(new RunEvent.StateChanged(1, RunState.RUNNING));
        publisher.publishOutput(print("same"));
        publisher.afterPublished(() -> {
            synchronized (seen) {
                seen.add("sample");
            }
        });
        publisher.publishOutput(print("same"));
        publisher.publish(new RunEvent.StateChanged(2, RunState.QUIESCENT));
        stalled.release.countDown();
        publisher.close();
        assertEquals(List.of("first", "StateChanged", "same", "sample", "same", "StateChanged"), seen,
                "a print after the action does not join the one before it");
    }
}
