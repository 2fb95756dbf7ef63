package pstudio;

import picocli.CommandLine;

/** The application's entry point ({@code app/studio}): the studio window, the runner or the benchmark. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new StudioCommand());
    }
}
