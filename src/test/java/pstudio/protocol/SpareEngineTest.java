package pstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * When the studio's spare engine is replaced: a starting JVM takes the cores a run's first
 * dispatches need, so the next spare waits for the run to end or for a delay, never more.
 */
class SpareEngineTest {

    @Test
    void theNextSpareStartsWhenTheRunEndsNotWhileItBegins() throws Exception {
        try (SpareEngine spares = new SpareEngine(() -> EngineLaunch.likeThisProcess(256), Duration.ofMinutes(10))) {
            spares.prepare();
            try (EngineProcess run = spares.take()) {
                Thread.sleep(300);
                assertFalse(spares.hasSpare(), "a spare started while the run it follows began");
            }
            spares.prepareInBackground();
            assertTrue(eventually(spares::hasSpare), "no spare after the run ended");
        }
    }

    @Test
    void aDelayedStartMeantForAnEarlierRunDoesNotLandInALaterOne() throws Exception {
        try (SpareEngine spares = new SpareEngine(() -> EngineLaunch.likeThisProcess(256), Duration.ofSeconds(1))) {
            spares.prepare();
            spares.take().close();
            spares.prepareInBackground(); // Run, then Stop at once
            // Run again: waiting for the new spare to warm up takes longer than the first run's delay
            try (EngineProcess second = spares.take()) {
                assertFalse(spares.hasSpare(), "the first run's delayed start launched a spare as the second run began");
                assertTrue(eventually(spares::hasSpare), "the second run's own delay started none");
            }
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
