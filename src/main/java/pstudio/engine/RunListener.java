package pstudio.engine;

import java.util.List;

/** Receives a run's events in batches, on the run's publisher thread, never on a script thread. */
@FunctionalInterface
public interface RunListener {
    void onEvents(List<RunEvent> events);
}
