package pstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import pstudio.Main;

/** Test helper: one in-process call of {@code app/studio ARGS}, with what it wrote and its exit status. */
record RunnerInvocation(int status, String stdout, String stderr) {

    static RunnerInvocation of(String... args) {
        return readBy(UnaryOperator.identity(), args);
    }

    /**
     * Like {@link #of}, with stdout read through {@code reader} (a slow or vanishing reader); what the
     * reader passes on is the invocation's stdout.
     */
    static RunnerInvocation readBy(UnaryOperator<OutputStream> reader, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        UntilExit stdout = new UntilExit(out);
        UntilExit stderr = new UntilExit(err);
        int status = Main.execute(args, new PrintStream(reader.apply(stdout), true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        stdout.exited = true;
        stderr.exited = true;
        return new RunnerInvocation(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Keeps what is written until the command returns; a real process exits then, and later writes are lost. */
    private static final class UntilExit extends FilterOutputStream {
        volatile boolean exited;

        UntilExit(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (!exited) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!exited) {
                out.write(b, off, len);
            }
        }
    }

    /** {@code app/studio run PLACE --workers 2 EXTRA...} on a place under {@code src/test/resources/runner}. */
    static RunnerInvocation run(String place, String... extra) {
        return of(runArgs(place, extra));
    }

    static String[] runArgs(String place, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", resource(place).toString(), "--workers", "2"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
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
