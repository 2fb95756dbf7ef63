package pstudio.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pstudio.engine.GlobalLibrary;
import pstudio.engine.RunContext;
import pstudio.place.ColorValue;

/**
 * What a dispatch callback's {@code EditableImage.WritePixels} of a whole 1,024×1,024 result
 * costs: a dispatch of 1,024 threads (a row each) returns the rows, the callback joins them into
 * one flat list and writes it, timing the write with clock(). Once with Color3 values, once with
 * numbers (R, G, B, A a pixel). The baseline, in the same callback, does the same write's work in
 * Java: packing the same list into ARGB and copying it into a 1,024×1,024 array.
 */
final class ImageWriteCost {
    static final int SIDE = 1024;
    static final double GOAL_MS = 50;
    static final String WORK = "return { id, inst ->\n"
            + "    def row = []\n"
            + "    double g = (id - 1) / 1023\n"
            + "    if (inst[1]) {\n"
            + "        for (int x = 0; x < 1024; x++) { row << Color3.new(x / 1023, g, 0.5) }\n"
            + "    } else {\n"
            + "        for (int x = 0; x < 1024; x++) { row << x / 1023; row << g; row << 0.5; row << 1 }\n"
            + "    }\n"
            + "    row\n"
            + "}\n";

    private ImageWriteCost() {
    }

    /** The master: each repetition writes the image from Color3 values, then from numbers; prints "kind rep write baseline callback" in ms. */
    static String master(int reps) {
        return "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = P.CreateJobScheduler(script.Job, 64, script)\n"
                + "def image = Instance.new('EditableImage')\n"
                + "image.Name = 'Bench'\n"
                + "image.Size = Vector2.new(1024, 1024)\n"
                + "image.Parent = workspace\n"
                + "for (int rep = 0; rep <= " + reps + "; rep++) {\n"
                + "    for (kind in ['colors', 'numbers']) {\n"
                + "        double write = 0, base = 0, whole = 0\n"
                + "        js.DispatchAsync('Work', 1024, 1, { rows ->\n"
                + "            double c0 = clock()\n"
                + "            def flat = []\n"
                + "            for (row in rows) { flat.addAll(row) }\n"
                + "            double w0 = clock()\n"
                + "            image.WritePixels(0, 0, 1024, 1024, flat)\n"
                + "            write = (clock() - w0) * 1000\n"
                + "            whole = (clock() - c0) * 1000\n"
                + "            base = ImageBaseline.write(flat)\n"
                + "        }, P.CreateInstructionData([kind == 'colors'])).Wait()\n"
                + "        print(\"${kind} ${rep} ${write} ${base} ${whole}\")\n"
                + "    }\n"
                + "}\n";
    }

    /** Prints the cold (first) write and the warm median and slowest for each kind, with the baseline and the goal. */
    static void report(List<String> lines, PrintStream out) {
        out.printf("%nimage      WritePixels of a whole %,d x %,d result in a dispatch callback (1,024 threads, a row each)%n",
                SIDE, SIDE);
        boolean met = true;
        for (String kind : List.of("colors", "numbers")) {
            double cold = 0;
            List<Double> warm = new ArrayList<>();
            List<Double> base = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                if (!f[0].equals(kind)) {
                    continue;
                }
                if (f[1].equals("0")) {
                    cold = Double.parseDouble(f[2]);
                } else {
                    warm.add(Double.parseDouble(f[2]));
                    base.add(Double.parseDouble(f[3]));
                    whole.add(Double.parseDouble(f[4]));
                }
            }
            double w = Benchmark.median(warm);
            double b = Benchmark.median(base);
            double slowest = Collections.max(warm);
            met &= slowest < GOAL_MS;
            String label = kind.equals("colors") ? "Color3" : "numbers";
            out.printf("  %-10s %8.1f ms   slowest %.1f ms   (first, cold: %.1f ms; the callback with joining the rows: %.1f ms)%n",
                    label, w, slowest, cold, Benchmark.median(whole));
            out.printf("  baseline   %8.1f ms   (the same pixels packed and copied in Java; ratio %.2f)%n", b, w / b);
        }
        out.printf("  goal: every warm write under %.0f ms   %s%n", GOAL_MS, met ? "MET" : "MISSED");
    }

    /** The {@code ImageBaseline} global: {@code write(list)} packs a flat list of Color3 or numbers into ARGB and copies it into a full image, in ms. */
    public static final class ImageBaseline implements GlobalLibrary {
        private final int[] image = new int[SIDE * SIDE];

        @Override
        public String name() {
            return "ImageBaseline";
        }

        @Override
        public Object create(RunContext run) {
            return this;
        }

        public double write(List<?> flat) {
            long t0 = System.nanoTime();
            int[] row = new int[SIDE];
            int numbers = flat.size() == SIDE * SIDE ? 1 : 4;
            int i = 0;
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++, i += numbers) {
                    row[x] = numbers == 1 ? ((ColorValue) flat.get(i)).packed()
                            : ColorValue.channel(((Number) flat.get(i + 3)).doubleValue()) << 24
                            | ColorValue.channel(((Number) flat.get(i)).doubleValue()) << 16
                            | ColorValue.channel(((Number) flat.get(i + 1)).doubleValue()) << 8
                            | ColorValue.channel(((Number) flat.get(i + 2)).doubleValue());
                }
                System.arraycopy(row, 0, image, y * SIDE, SIDE);
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }
}
