package pstudio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pstudio.cli.BenchCommand;
import pstudio.cli.RunCommand;
import pstudio.ui.StudioLauncher;

/** {@code studio [PLACE]} opens the studio; subcommands run places headless and benchmark the engine. */
@Command(name = "studio", mixinStandardHelpOptions = true, version = "Parallelizer Studio 0.1",
        description = "Parallelizer Studio: write, run and tune actor-based parallel jobs.",
        subcommands = {RunCommand.class, BenchCommand.class})
final class StudioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLACE", description = "a .place file to open in the studio")
    Path place;

    @Override
    public Integer call() {
        if (place != null && !Files.isRegularFile(place)) {
            spec.commandLine().getErr().println("error: " + place + ": no such place file");
            return 2;
        }
        StudioLauncher.open(place);
        return 0;
    }
}
