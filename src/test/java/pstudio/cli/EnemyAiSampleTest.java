package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * samples/enemy-ai.place, run small: after its frames, the enemies' positions match a serial
 * reference of the same steering rules (seek, separation from neighbours within the radius, force
 * and speed capped, a fixed timestep), written here in plain doubles.
 */
class EnemyAiSampleTest {
    private static final int ENEMIES = 150;
    private static final int FRAMES = 30;
    private static final double SIZE = 96;
    private static final double RADIUS = 8;
    private static final double MAX_SPEED = 120;
    private static final double MAX_FORCE = 400;
    private static final double SEPARATION = 600;
    private static final double DT = 1.0 / 60;

    @Test
    void itsFinalPositionsAreTheSerialReferences() {
        RunnerInvocation r = RunnerInvocation.of("run", "samples/enemy-ai.place", "--workers", "2",
                "--set", "Enemies=" + ENEMIES, "--set", "Frames=" + FRAMES, "--set", "Size=" + (int) SIZE,
                "--set", "Radius=" + (int) RADIUS, "--set", "MaxSpeed=" + (int) MAX_SPEED, "--set", "MaxForce=" + (int) MAX_FORCE,
                "--set", "Separation=" + (int) SEPARATION, "--set", "Actors=4", "--set", "BatchSize=16");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        Matcher m = Pattern.compile("final positions \\(checksum\\): sum of X (-?[\\d.]+), sum of Y (-?[\\d.]+); enemy 1 at (-?[\\d.]+), (-?[\\d.]+)")
                .matcher(r.stdout());
        assertTrue(m.find(), r.transcript());
        double[][] p = reference();
        double sumX = 0;
        double sumY = 0;
        for (double[] e : p) {
            sumX += e[0];
            sumY += e[1];
        }
        assertEquals(sumX, Double.parseDouble(m.group(1)), 2e-3, "sum of X");
        assertEquals(sumY, Double.parseDouble(m.group(2)), 2e-3, "sum of Y");
        assertEquals(p[0][0], Double.parseDouble(m.group(3)), 2e-3, "enemy 1's X");
        assertEquals(p[0][1], Double.parseDouble(m.group(4)), 2e-3, "enemy 1's Y");
        assertTrue(r.stdout().contains(ENEMIES + " enemies, " + FRAMES + " steps in"), r.stdout());
    }

    /** Positions after FRAMES steps, enemy 1 first. */
    private static double[][] reference() {
        double[][] pos = new double[ENEMIES][];
        double[][] vel = new double[ENEMIES][];
        for (int i = 1; i <= ENEMIES; i++) {
            pos[i - 1] = new double[] {(i * 0.7548776662466927) % 1 * SIZE, (i * 0.5698402909980532) % 1 * SIZE};
            vel[i - 1] = new double[] {0, 0};
        }
        int columns = (int) Math.ceil(SIZE / RADIUS);
        for (int step = 0; step < FRAMES; step++) {
            double t = step * DT;
            double[] target = {SIZE / 2 + SIZE * 0.35 * Math.sin(t * 0.5), SIZE / 2 + SIZE * 0.35 * Math.sin(t * 0.8)};
            Map<Integer, List<Integer>> cells = new HashMap<>();
            for (int i = 0; i < ENEMIES; i++) {
                cells.computeIfAbsent(cell(pos[i], columns), c -> new ArrayList<>()).add(i);
            }
            double[][] nextPos = new double[ENEMIES][];
            double[][] nextVel = new double[ENEMIES][];
            for (int i = 0; i < ENEMIES; i++) {
                double[] p = pos[i];
                double[] v = vel[i];
                double tx = target[0] - p[0];
                double ty = target[1] - p[1];
                double tm = Math.sqrt(tx * tx + ty * ty);
                double seekX = tm > 0 ? tx / tm * MAX_SPEED - v[0] : 0;
                double seekY = tm > 0 ? ty / tm * MAX_SPEED - v[1] : 0;
                double pushX = 0;
                double pushY = 0;
                int cx = (int) Math.floor(p[0] / RADIUS);
                int cy = (int) Math.floor(p[1] / RADIUS);
                for (int y = cy - 1; y <= cy + 1; y++) {
                    for (int x = cx - 1; x <= cx + 1; x++) {
                        List<Integer> members = x >= 0 && x < columns && y >= 0 ? cells.get(y * columns + x) : null;
                        if (members == null) {
                            continue;
                        }
                        for (int j : members) {
                            if (j == i) {
                                continue;
                            }
                            double ax = p[0] - pos[j][0];
                            double ay = p[1] - pos[j][1];
                            double d = Math.sqrt(ax * ax + ay * ay);
                            if (d > 0 && d < RADIUS) {
                                double k = (RADIUS - d) / (d * RADIUS);
                                pushX = pushX + ax * k;
                                pushY = pushY + ay * k;
                            }
                        }
                    }
                }
                double[] force = cap(seekX + pushX * SEPARATION, seekY + pushY * SEPARATION, MAX_FORCE);
                double[] velocity = cap(v[0] + force[0] * DT, v[1] + force[1] * DT, MAX_SPEED);
                double edge = SIZE - 1;
                nextPos[i] = new double[] {Math.min(Math.max(p[0] + velocity[0] * DT, 0), edge), Math.min(Math.max(p[1] + velocity[1] * DT, 0), edge)};
                nextVel[i] = velocity;
            }
            pos = nextPos;
            vel = nextVel;
        }
        return pos;
    }

    private static int cell(double[] p, int columns) {
        return (int) (Math.floor(p[1] / RADIUS) * columns + Math.floor(p[0] / RADIUS));
    }

    /** The vector, scaled down to {@code max} long if it is longer, as Unit * max does. */
    private static double[] cap(double x, double y, double max) {
        double m = Math.sqrt(x * x + y * y);
        return m > max ? new double[] {x / m * max, y / m * max} : new double[] {x, y};
    }
}
