package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * samples/raycast.place, run small: its hits per target and its checksum (the total distance to the
 * hits) equal a serial reference written here with plain doubles, checked first on rays whose answers
 * are known. The scene below is the sample's, copied.
 */
class RaycastSampleTest {
    private static final double GOLDEN_ANGLE = 2.399963229728653;
    private static final double[] MUZZLE = {0, 2, 10};
    private static final double[] AIM = {0, 4, -40};
    /** x, y, z, radius. */
    private static final double[][] SPHERES = {
        {-6, 3, -30, 3}, {5, 5, -40, 4}, {0, 9, -55, 5}, {-12, 8, -50, 4}, {10, 1, -25, 2}, {-3, 0, -20, 1.5}};
    /** x, y, z, turn about Y (radians), width, height, depth. */
    private static final double[][] BOXES = {
        {0, -1, -35, 0.3, 30, 1, 40}, {8, 4, -60, -0.5, 6, 10, 6}, {-8, 2, -38, 0.8, 3, 4, 3}, {2, 2, -28, 0.2, 2, 2, 2}};

    @Test
    void theReferenceFindsTheKnownHits() {
        double[] down = {0, 0, -1};
        assertEquals(7, sphere(new double[] {0, 0, 0}, down, new double[] {0, 0, -10, 3}), 1e-12, "straight at a sphere");
        assertEquals(-1, sphere(new double[] {0, 0, 0}, down, new double[] {5, 0, -10, 3}), "beside a sphere");
        assertEquals(-1, sphere(new double[] {0, 0, 0}, new double[] {0, 0, 1}, new double[] {0, 0, -10, 3}), "behind");
        assertEquals(9, box(new double[] {0, 0, 0}, down, new double[] {0, 0, -10, 0, 2, 2, 2}), 1e-12, "a face of a box");
        assertEquals(10 - Math.sqrt(2), box(new double[] {0, 0, 0}, down,
                new double[] {0, 0, -10, Math.PI / 4, 2, 2, 2}), 1e-12, "the edge of a box turned 45 degrees");
        assertEquals(-1, box(new double[] {0, 0, 0}, down, new double[] {1.5, 0, -10, Math.PI / 4, 2, 2, 2}),
                "past the corner of a turned box");
        assertEquals(-1, box(new double[] {0, 0, 0}, down, new double[] {0, 1.5, -10, 0, 2, 2, 2}), "above a box");
    }

    @Test
    void itsHitsPerTargetAndChecksumAreTheReferences() {
        int rays = 3000;
        double spread = 0.35;
        RunnerInvocation r = RunnerInvocation.of("run", "samples/raycast.place", "--workers", "2",
                "--set", "Rays=" + rays, "--set", "Actors=3", "--set", "BatchSize=250", "--set", "ImageSize=32");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());

        int[] counts = new int[SPHERES.length + BOXES.length];
        int missed = 0;
        double total = 0;
        for (int i = 0; i < rays; i++) {
            double[] hit = closest(direction(i, rays, spread));
            if (hit == null) {
                missed++;
            } else {
                counts[(int) hit[0]]++;
                total += hit[1];
            }
        }
        StringBuilder expected = new StringBuilder("hits per target: ");
        for (int t = 0; t < counts.length; t++) {
            String name = t < SPHERES.length ? "sphere " + (t + 1) : "box " + (t - SPHERES.length + 1);
            expected.append(name).append(' ').append(counts[t]).append(", ");
        }
        expected.append("missed ").append(missed);
        assertTrue(r.stdout().contains(expected + "\n"), "expected " + expected + "\n" + r.stdout());
        assertTrue(missed > 0 && missed < rays, "some rays hit and some miss: " + expected);

        Matcher m = Pattern.compile("total distance to the hits \\(checksum\\): ([0-9.]+)").matcher(r.stdout());
        assertTrue(m.find(), r.stdout());
        // the sample adds up in another order, so the last printed digit may differ
        assertEquals(total, Double.parseDouble(m.group(1)), 0.002);
        assertTrue(r.stdout().contains(rays + " rays against 6 spheres and 4 boxes"), r.stdout());
    }

    /** Ray i of n: a point of the sunflower spiral across the cone, turned to the muzzle's aim. */
    private static double[] direction(int i, int n, double spread) {
        double radius = spread * Math.sqrt((i + 0.5) / n);
        double sx = radius * Math.cos(i * GOLDEN_ANGLE);
        double sy = radius * Math.sin(i * GOLDEN_ANGLE);
        double[] look = unit(sub(AIM, MUZZLE));
        double[] right = unit(cross(look, new double[] {0, 1, 0}));
        double[] up = cross(right, look);
        return unit(new double[] {
            look[0] + right[0] * sx + up[0] * sy, look[1] + right[1] * sx + up[1] * sy, look[2] + right[2] * sx + up[2] * sy});
    }

    /** {target index, distance} of the nearest hit, or null. */
    private static double[] closest(double[] d) {
        double[] best = null;
        for (int t = 0; t < SPHERES.length + BOXES.length; t++) {
            double at = t < SPHERES.length ? sphere(MUZZLE, d, SPHERES[t]) : box(MUZZLE, d, BOXES[t - SPHERES.length]);
            if (at > 0 && (best == null || at < best[1])) {
                best = new double[] {t, at};
            }
        }
        return best;
    }

    /** Distance along the unit ray to the sphere's near side, or -1. */
    private static double sphere(double[] o, double[] d, double[] s) {
        double[] oc = sub(o, s);
        double b = dot(oc, d);
        double disc = b * b - (dot(oc, oc) - s[3] * s[3]);
        if (disc < 0) {
            return -1;
        }
        double t = -b - Math.sqrt(disc);
        return t > 0 ? t : -1;
    }

    /** The slab test in the box's frame (turned by b[3] about Y); distance to the entry, or -1. */
    private static double box(double[] o, double[] d, double[] b) {
        double c = Math.cos(b[3]);
        double s = Math.sin(b[3]);
        double[] p = sub(o, b);
        double[] lo = {c * p[0] - s * p[2], p[1], s * p[0] + c * p[2]};
        double[] ld = {c * d[0] - s * d[2], d[1], s * d[0] + c * d[2]};
        double enter = Double.NEGATIVE_INFINITY;
        double exit = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            double half = b[4 + a] / 2;
            if (ld[a] == 0) {
                if (Math.abs(lo[a]) > half) {
                    return -1;
                }
                continue;
            }
            double t1 = (-half - lo[a]) / ld[a];
            double t2 = (half - lo[a]) / ld[a];
            enter = Math.max(enter, Math.min(t1, t2));
            exit = Math.min(exit, Math.max(t1, t2));
        }
        return enter <= exit && enter > 0 ? enter : -1;
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] a) {
        double m = Math.sqrt(dot(a, a));
        return new double[] {a[0] / m, a[1] / m, a[2] / m};
    }
}
