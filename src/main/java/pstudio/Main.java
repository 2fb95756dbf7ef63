package pstudio;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The application's entry point ({@code app/studio}): the studio window, the runner or the benchmark. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // stdout in UTF-8 whatever the platform's default, so script output reaches pipes unchanged
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.exit(execute(args, out, System.err));
    }

    /** Runs one command with its output on {@code out} and {@code err}; returns its exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = commandLine();
        // UTF-8 here too: a writer in the platform's charset would turn what it cannot encode into '?'.
        // No flush per line: the runner flushes after each batch of output, a million prints are a few writes
        PrintWriter outWriter = new PrintWriter(out, false, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, false, StandardCharsets.UTF_8);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new StudioCommand());
    }
}
