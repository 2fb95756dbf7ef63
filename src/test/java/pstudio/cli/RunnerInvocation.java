package pstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pstudio.Main;

/** Test helper: one in-process call of {@code app/studio ARGS}, with what it wrote and its exit status. */
record RunnerInvocation(int status, String stdout, String stderr) {

    static RunnerInvocation of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new RunnerInvocation(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code app/studio run PLACE --workers 2 EXTRA...} on a place under {@code src/test/resources/runner}. */
    static RunnerInvocation run(String place, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", resource(place).toString(), "--workers", "2"));
        args.addAll(List.of(extra));
        return of(args.toArray(String[]::new));
    }

    static Path resource(String place) {
        try {
            return Path.of(RunnerInvocation.class.getResource("/runner/" + place).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("no test place " + place, e);
        }
    }

    List<String> stdoutLines() {
        return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
    }

    List<String> stderrLines() {
        return stderr.isEmpty() ? List.of() : List.of(stderr.split("\n"));
    }

    /** Everything the runner wrote, for assertion messages. */
    String transcript() {
        return "exit " + status + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
