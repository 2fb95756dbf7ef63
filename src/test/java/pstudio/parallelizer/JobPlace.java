package pstudio.parallelizer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.Run;
import pstudio.engine.RunEvent;
import pstudio.engine.SpanCursor;
import pstudio.engine.SpanKind;
import pstudio.engine.WorkSpan;
import pstudio.place.DataModel;
import pstudio.place.PlaceTemplates;

/** Test helper: a place with the Parallelizer bridge, a Master script and its disabled Job script. */
final class JobPlace {
    final DataModel place;
    final List<RunEvent> events = new ArrayList<>();
    Run run;

    JobPlace(String master, String job) {
        place = PlaceTemplates.guideLayout(master, job);
    }

    /** A job script that binds {@code threadName} to {@code closure} (Groovy source of a closure). */
    static String job(String threadName, String closure) {
        return "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
                + "Parallelizer.CreateThread(Actor, '" + threadName + "', " + closure + ")\n";
    }

    /** Master source lines prefixed with the require line and a scheduler of {@code actors} actors. */
    static String master(int actors, String body) {
        return "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, " + actors + ", script)\n"
                + body;
    }

    JobPlace start(int workers) {
        run = StudioRun.create(place, workers);
        run.addListener(batch -> {
            synchronized (events) {
                events.addAll(batch);
            }
        });
        run.start();
        return this;
    }

    /** Runs to quiescence with 2 workers, then stops so every event is delivered. */
    JobPlace runToEnd() throws InterruptedException {
        start(2);
        boolean quiet = run.awaitQuiescent(Duration.ofSeconds(30));
        run.stop();
        if (!quiet) {
            throw new AssertionError("run did not become quiescent; output:\n" + output());
        }
        return this;
    }

    <T extends RunEvent> List<T> events(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
        }
    }

    /** The batch spans the run's worker threads recorded, read after the run. */
    List<WorkSpan> batchSpans() {
        return run.telemetry().drainSpans(SpanCursor.START).spans().stream()
                .filter(s -> s.kind() == SpanKind.BATCH).collect(Collectors.toList());
    }

    List<OutputMessage> messages() {
        return events(RunEvent.Output.class).stream().map(RunEvent.Output::message).collect(Collectors.toList());
    }

    List<String> prints() {
        List<String> out = new ArrayList<>();
        for (OutputMessage m : messages()) {
            if (m.level() == OutputLevel.PRINT) {
                for (int i = 0; i < m.count(); i++) {
                    out.add(m.text());
                }
            }
        }
        return out;
    }

    List<OutputMessage> errors() {
        return messages().stream().filter(m -> m.level() == OutputLevel.ERROR).collect(Collectors.toList());
    }

    String output() {
        return messages().stream().map(m -> m.level() + " " + m.location() + ": " + m.text()
                + (m.count() > 1 ? " (x" + m.count() + ")" : "")).collect(Collectors.joining("\n"));
    }
}
