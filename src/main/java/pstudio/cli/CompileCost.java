package pstudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pstudio.engine.ScriptCompileException;
import pstudio.engine.ScriptCompiler;

/**
 * What Luau's numbers cost to compile: representative scripts compiled with and without them.
 * Warm figures come from this process after many compiles; cold ones from fresh JVMs (this class's
 * {@link #main}), where the first compile also loads and warms Groovy's compiler.
 */
final class CompileCost {
    static final String GUIDE_MASTER = "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
            + "def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)\n"
            + "def RootInstruction = Parallelizer.CreateInstructionData([2])\n"
            + "JobScheduler.DispatchEquallyAsync('CalculateNthRoot', 1024, { result ->\n"
            + "    print(result)\n"
            + "}, RootInstruction)\n"
            + "print('This will run before the dispatch has finished!')\n";
    static final String GUIDE_JOB = "def Actor = script.GetActor()\n"
            + "if (!Actor) {\n"
            + "    return\n"
            + "}\n"
            + "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
            + "Parallelizer.CreateThread(Actor, 'CalculateNthRoot', { id, inst ->\n"
            + "    def nth = inst[1]\n"
            + "    return id^(1/nth)\n"
            + "})\n";
    static final String ARITHMETIC = "def width = 64, height = 32, maxIter = 200\n"
            + "def rows = []\n"
            + "for (y in 0..<height) {\n"
            + "    def row = ''\n"
            + "    for (x in 0..<width) {\n"
            + "        def cr = (x - width / 2) * 3.0 / width - 0.5\n"
            + "        def ci = (y - height / 2) * 2.0 / height\n"
            + "        def zr = 0.0, zi = 0.0\n"
            + "        int n = 0\n"
            + "        while (n < maxIter && zr^2 + zi^2 <= 4) {\n"
            + "            def t = zr * zr - zi * zi + cr\n"
            + "            zi = 2 * zr * zi + ci\n"
            + "            zr = t\n"
            + "            n++\n"
            + "        }\n"
            + "        row += n == maxIter ? '#' : (n % 3 == 0 ? '.' : ' ')\n"
            + "    }\n"
            + "    rows << row\n"
            + "}\n"
            + "def total = 0\n"
            + "rows.eachWithIndex { r, i -> total += r.count('#') * (i + 1) }\n"
            + "print(\"${rows.size()} rows, weighted ${total}, mean ${total / rows.size()}\")\n";
    static final List<String> SCRIPTS = List.of(GUIDE_MASTER, GUIDE_JOB, Benchmark.CPU_WORK, ARITHMETIC);

    private CompileCost() {
    }

    /** Milliseconds to compile every script once, with a compiler of its own (nothing cached). */
    static double compileAll(boolean luauNumbers) throws ScriptCompileException {
        ScriptCompiler compiler = ScriptCompiler.isolated(luauNumbers);
        long t0 = System.nanoTime();
        for (int i = 0; i < SCRIPTS.size(); i++) {
            compiler.compile(SCRIPTS.get(i), "Script" + i);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Median milliseconds per compile of all scripts, with and without, after a warm-up; {plain, luau}. */
    static double[] warm(int warmup, int rounds) throws ScriptCompileException {
        List<Double> plain = new ArrayList<>();
        List<Double> luau = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            double p = compileAll(false);
            double l = compileAll(true);
            if (i >= warmup) {
                plain.add(p);
                luau.add(l);
            }
        }
        return new double[] {Benchmark.median(plain), Benchmark.median(luau)};
    }

    /** The first compile of all scripts in a fresh JVM, in milliseconds. */
    static double cold(boolean luauNumbers) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CompileCost.class.getName(), luauNumbers ? "luau" : "plain").redirectErrorStream(true).start();
        String out;
        try (InputStream in = child.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the compile probe failed: " + out);
        }
        return Double.parseDouble(out);
    }

    /** The child side of {@link #cold}: prints the milliseconds of its one compile of every script. */
    public static void main(String[] args) throws Exception {
        System.out.println(compileAll("luau".equals(args[0])));
    }
}
