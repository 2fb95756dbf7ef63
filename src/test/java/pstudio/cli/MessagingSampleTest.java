package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** samples/messaging.place, run small: the actors' prime counts, added up by the collector, match a sieve. */
class MessagingSampleTest {
    @Test
    void theCollectorsTotalsMatchASieveOfEratosthenes() {
        int limit = 30000;
        RunnerInvocation r = RunnerInvocation.of("run", "samples/messaging.place", "--workers", "2",
                "--set", "Limit=" + limit, "--set", "Chunk=1500", "--set", "Actors=4");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        boolean[] composite = new boolean[limit];
        long count = 0;
        long sum = 0;
        for (int n = 2; n < limit; n++) {
            if (!composite[n]) {
                count++;
                sum += n;
                for (long m = (long) n * n; m < limit; m += n) {
                    composite[(int) m] = true;
                }
            }
        }
        assertTrue(r.stdout().contains("20 ranges over 4 actors in "), r.stdout());
        assertTrue(r.stdout().contains("primes below " + limit + ": " + count + ", their sum (checksum) " + sum), r.stdout());
    }
}
