package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * samples/terrain.place, run small through the runner: its pixels per height band match a serial
 * heightmap computed here with Ken Perlin's reference noise. The engine's noise is single precision,
 * as Roblox's is, so a pixel within a hair of a band's edge may fall either side: each count may
 * differ from the reference by at most the number of such pixels.
 */
class TerrainSampleTest {
    private static final double[] TOPS = {-0.02, 0.03, 0.2, 0.32};
    private static final String[] NAMES = {"water", "sand", "grass", "rock", "snow"};
    private static final double EDGE = 1e-4;

    @Test
    void itsBandCountsMatchASerialReferenceHeightmap() {
        int size = 48;
        int octaves = 4;
        int zoom = 16;
        RunnerInvocation r = RunnerInvocation.of("run", "samples/terrain.place", "--workers", "2",
                "--set", "Size=" + size, "--set", "Octaves=" + octaves, "--set", "Zoom=" + zoom, "--set", "Actors=8");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        Matcher m = Pattern.compile("pixels per band \\(checksum\\): water (\\d+), sand (\\d+), grass (\\d+), rock (\\d+), snow (\\d+)")
                .matcher(r.stdout());
        assertTrue(m.find(), r.transcript());
        assertTrue(r.stdout().contains(size + "x" + size + " terrain: noise in "), r.stdout());

        int[] expected = new int[5];
        int[] nearEdge = new int[5];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double h = TerrainReference.height(x, y, octaves, zoom);
                int band = band(h);
                expected[band]++;
                for (int b = 0; b < TOPS.length; b++) {
                    if (Math.abs(h - TOPS[b]) < EDGE) {
                        nearEdge[b]++;
                        nearEdge[b + 1]++;
                    }
                }
            }
        }
        int landAndWater = 0;
        for (int b = 0; b < 5; b++) {
            int got = Integer.parseInt(m.group(b + 1));
            landAndWater += got;
            assertTrue(Math.abs(got - expected[b]) <= nearEdge[b],
                    NAMES[b] + ": " + got + " pixels, the reference has " + expected[b] + " (" + nearEdge[b] + " at the edge)");
        }
        assertEquals(size * size, landAndWater);
        assertTrue(expected[0] > 0 && expected[2] > 0, "the reference map has both water and grass at this size");
    }

    private static int band(double h) {
        int b = 0;
        while (b < 4 && h >= TOPS[b]) {
            b++;
        }
        return b;
    }
}
