package pstudio;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import pstudio.cli.BenchCommand;
import pstudio.cli.RunCommand;
import pstudio.ui.StudioLauncher;

/** {@code studio [PLACE]} opens the studio; subcommands run places headless and benchmark the engine. */
@Command(name = "studio", mixinStandardHelpOptions = true, version = "Parallelizer Studio 0.1",
        description = "Parallelizer Studio: write, run and tune actor-based parallel jobs.",
        subcommands = {RunCommand.class, BenchCommand.class})
final class StudioCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PLACE", description = "a .place file to open in the studio")
    Path place;

    @Override
    public Integer call() {
        if (place != null && !java.nio.file.Files.isRegularFile(place)) {
            System.err.println("error: " + place + ": no such place file");
            return 2;
        }
        StudioLauncher.open(place);
        return 0;
    }
}
