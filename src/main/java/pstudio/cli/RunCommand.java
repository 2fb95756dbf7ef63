package pstudio.cli;

import groovy.json.JsonOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import pstudio.engine.GroovyWarmUp;
import pstudio.engine.OutputDelivery;
import pstudio.engine.Run;
import pstudio.engine.RunOptions;
import pstudio.parallelizer.StudioRun;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceFileException;
import pstudio.protocol.Sandbox;

/** {@code studio run PLACE}: runs a place without a window until nothing more can happen. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a place headless: prints go to stdout, warnings and errors to stderr.",
            "Ends when the run is quiescent (nothing left that can happen) or at the timeout.",
            "No message is dropped: a slow reader slows the run down instead.",
            "Exit status:",
            "  0  clean",
            "  1  a script error happened",
            "  2  bad usage or a bad place file",
            "  3  timed out",
            "  4  output lost: stdout or stderr was closed (as by | head -1) and the run",
            "     was stopped; 4 wins over 1 and 3",
            "Scripts run in a sandbox: no files, processes, network, environment, system",
            "properties, native code, class loaders, Java threads or exit. On a Java without",
            "SecurityManager support the runner refuses to run unless --trust is given."})
public final class RunCommand implements Callable<Integer> {
    public static final int CLEAN = 0;
    public static final int SCRIPT_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int TIMED_OUT = 3;
    public static final int OUTPUT_LOST = 4;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLACE", description = "the .place file to run")
    Path place;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop the run when its scripts have run this many seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--report", paramLabel = "FILE", description = "write a JSON summary of the run to FILE")
    Path report;

    @Option(names = "--workers", paramLabel = "N", description = "parallel worker threads (default: the core count)")
    Integer workers;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "write the run as Chrome trace-event JSON to FILE (open it in Perfetto UI or chrome://tracing)")
    Path trace;

    @Option(names = "--trust", description = "run the place even where no sandbox can be set up (a Java without"
            + " SecurityManager support): its scripts can then do anything this user can")
    boolean trust;

    /** Sets up the sandbox; false where this Java cannot. Injectable so the refusal can be tested on any Java. */
    private final BooleanSupplier sandbox;

    public RunCommand() {
        this(Sandbox::install);
    }

    RunCommand(BooleanSupplier sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workerCount = workers == null ? RunOptions.defaultWorkers() : workers;
        if (workerCount < 1 || timeoutSeconds <= 0) {
            err.println("error: --workers must be at least 1 and --timeout above 0");
            return BAD_INPUT;
        }
        // before anything of the place is read or compiled
        if (!sandbox.getAsBoolean() && !trust) {
            err.println("error: this Java cannot sandbox scripts (it has no SecurityManager support, or was not"
                    + " started with -Djava.security.manager=allow), so nothing would keep the place's scripts from "
                    + Sandbox.ENFORCED + "; run it with Java 17 to 23 through app/studio, or add --trust if you"
                    + " trust the place");
            return BAD_INPUT;
        }
        GroovyWarmUp.startInBackground(Thread.NORM_PRIORITY); // meanwhile, this thread reads the place
        DataModel loaded;
        try {
            loaded = PlaceFile.load(place);
        } catch (PlaceFileException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        Run run = StudioRun.owning(loaded, workerCount, OutputDelivery.EVERY_MESSAGE);
        ConsoleOutput console = new ConsoleOutput(out, err, () -> stopSoon(run));
        run.addListener(console);
        TraceWriter tracer = null;
        if (trace != null) {
            try {
                tracer = new TraceWriter(trace, place.getFileName().toString(), run);
            } catch (IOException e) {
                err.println("error: cannot write the trace " + trace + ": " + e.getMessage());
                return BAD_INPUT;
            }
            run.addListener(tracer);
            tracer.start();
        }
        run.start();
        // the timeout is for the scripts, not for warming Groovy up and compiling them
        run.awaitScriptsStarted(Duration.ofMinutes(2));
        boolean quiet = run.awaitQuiescent(Duration.ofMillis((long) (timeoutSeconds * 1000)));
        List<String> busy = quiet || console.closedStreams() != null ? List.of() : run.busyLocations();
        run.stop();
        out.flush();
        String closed = console.closedStreams();
        int status = closed != null ? OUTPUT_LOST
                : !quiet ? TIMED_OUT : run.statistics().errorCount() > 0 ? SCRIPT_ERROR : CLEAN;
        if (closed != null) {
            long lost = console.notWritten();
            err.println(String.format("error: %s was closed before the run's output was all written, so the run was"
                    + " stopped; %,d %s not written", closed, lost, lost == 1 ? "message was" : "messages were"));
        } else if (!quiet) {
            err.println("error: " + place + " was still running after " + format(timeoutSeconds)
                    + " s and was stopped (--timeout)" + (busy.isEmpty() ? "" : "; busy at " + String.join(", ", busy)));
        }
        boolean written = writeReport(run, status, console, err) & finishTrace(tracer, err);
        return written ? status : BAD_INPUT;
    }

    private boolean finishTrace(TraceWriter tracer, PrintWriter err) {
        if (tracer == null) {
            return true;
        }
        try {
            tracer.close();
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the trace " + trace + ": " + e.getMessage());
            return false;
        }
    }

    /** Stops the run from its own thread: the publisher thread that noticed the closed stream must not wait on itself. */
    private static void stopSoon(Run run) {
        Thread stopper = new Thread(run::stop, "runner-stop-on-closed-output");
        stopper.setDaemon(true);
        stopper.start();
    }

    private boolean writeReport(Run run, int status, ConsoleOutput console, PrintWriter err) {
        if (report == null) {
            return true;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("place", place.toString());
        json.put("exitStatus", status);
        json.put("timedOut", status == TIMED_OUT);
        json.put("workers", run.context().workerCount());
        json.put("outputClosed", console.closedStreams() != null);
        json.put("outputLost", console.notWritten());
        json.putAll(run.statistics().toMap());
        try {
            Files.writeString(report, JsonOutput.prettyPrint(JsonOutput.toJson(json)) + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the report " + report + ": " + e.getMessage());
            return false;
        }
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
