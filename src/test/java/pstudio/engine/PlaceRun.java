package pstudio.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.LuaSourceContainer;
import pstudio.place.Script;

/** Test helper: builds a small place, runs it to quiescence, and keeps every event. */
final class PlaceRun {
    final DataModel place = DataModel.empty();
    final List<RunEvent> events = new ArrayList<>();
    Run run;

    /** Adds a script by dotted path under a service, e.g. {@code ServerScriptService.Master}. */
    LuaSourceContainer script(String path, String source) {
        return add(path, "Script", source);
    }

    LuaSourceContainer module(String path, String source) {
        return add(path, "ModuleScript", source);
    }

    LuaSourceContainer add(String path, String className, String source) {
        String[] parts = path.split("\\.");
        Instance parent = place.GetService(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            Instance next = parent.FindFirstChild(parts[i]);
            if (next == null) {
                next = InstanceClass.of("Folder").create();
                next.setName(parts[i]);
                next.setParent(parent);
            }
            parent = next;
        }
        LuaSourceContainer s = (LuaSourceContainer) InstanceClass.of(className).create();
        s.setName(parts[parts.length - 1]);
        s.setSource(source);
        s.setParent(parent);
        return s;
    }

    Instance instance(String path, String className) {
        String[] parts = path.split("\\.");
        Instance parent = place.GetService(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            parent = parent.FindFirstChild(parts[i]);
        }
        Instance inst = InstanceClass.of(className).create();
        inst.setName(parts[parts.length - 1]);
        inst.setParent(parent);
        return inst;
    }

    void disable(LuaSourceContainer s) {
        ((Script) s).setDisabled(true);
    }

    PlaceRun start(RunOptions options) {
        run = new Run(place, options);
        run.addListener(batch -> {
            synchronized (events) {
                events.addAll(batch);
            }
        });
        run.start();
        return this;
    }

    /** Runs to quiescence (failing after the timeout), then stops so every event is delivered. */
    PlaceRun runToEnd() throws InterruptedException {
        return runToEnd(RunOptions.defaults());
    }

    PlaceRun runToEnd(RunOptions options) throws InterruptedException {
        start(options);
        boolean quiet = run.awaitQuiescent(Duration.ofSeconds(20));
        run.stop();
        if (!quiet) {
            throw new AssertionError("run did not become quiescent; output: " + output());
        }
        return this;
    }

    List<OutputMessage> messages() {
        synchronized (events) {
            return events.stream().filter(e -> e instanceof RunEvent.Output).map(e -> ((RunEvent.Output) e).message())
                    .collect(Collectors.toList());
        }
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

    /** Every message as the runner would print it, for failure messages. */
    String output() {
        return messages().stream().map(m -> m.level() + " " + m.location() + ": " + m.text())
                .collect(Collectors.joining("\n"));
    }
}
