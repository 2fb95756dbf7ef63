package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * samples/mandelbrot.place, run small: the sum of its escape counts equals a serial reference
 * computed here, whose escape counts at known points are checked first.
 */
class MandelbrotSampleTest {
    private static final int MAX = 64;

    @Test
    void theReferenceGivesTheKnownEscapeCounts() {
        assertEquals(MAX, escape(0, 0, MAX), "0 is in the set");
        assertEquals(MAX, escape(-1, 0, MAX), "-1 is in the set (a 2-cycle)");
        assertEquals(MAX, escape(-2, 0, MAX), "-2 is in the set (its tip)");
        assertEquals(MAX, escape(0, 1, MAX), "i is in the set");
        assertEquals(3, escape(1, 0, MAX), "1: 0, 1, 2, 5");
        assertEquals(5, escape(0.5, 0, MAX), "0.5 leaves after five steps");
        assertEquals(1, escape(2.5, 0, MAX), "2.5 leaves at once");
    }

    @Test
    void itsChecksumIsTheSumOfTheReferencesEscapeCounts() {
        int width = 64;
        int height = 48;
        RunnerInvocation r = RunnerInvocation.of("run", "samples/mandelbrot.place", "--workers", "2",
                "--set", "Width=" + width, "--set", "Height=" + height, "--set", "MaxIterations=" + MAX,
                "--set", "Actors=4", "--set", "BatchSize=5");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        long expected = 0;
        for (int y = 0; y < height; y++) {
            double ci = -1.25 + 2.5 * y / height;
            for (int x = 0; x < width; x++) {
                expected += escape(-2.5 + 3.5 * x / width, ci, MAX);
            }
        }
        Matcher m = Pattern.compile("sum of escape counts \\(checksum\\): (\\d+)").matcher(r.stdout());
        assertTrue(m.find(), r.transcript());
        assertEquals(expected, Long.parseLong(m.group(1)));
        assertTrue(r.stdout().contains(width + "x" + height + " Mandelbrot, " + MAX + " iterations at most"), r.stdout());
    }

    private static int escape(double cr, double ci, int max) {
        double zr = 0;
        double zi = 0;
        int n = 0;
        while (n < max && zr * zr + zi * zi <= 4) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }
}
