package pstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Figures for the run report: scripts started, errors, actors, and sections libraries add. */
public final class RunStatistics {
    private static final int MAX_LISTED_ERRORS = 100;

    private final AtomicInteger scriptsStarted = new AtomicInteger();
    private final AtomicInteger actorsCreated = new AtomicInteger();
    private final AtomicInteger errorCount = new AtomicInteger();
    private final List<Map<String, Object>> errors = new ArrayList<>();
    private final List<ReportSection> sections = new ArrayList<>();
    private volatile long wallNanos = -1;

    void scriptStarted() {
        scriptsStarted.incrementAndGet();
    }

    void actorCreated() {
        actorsCreated.incrementAndGet();
    }

    /** Counts an error the user should know about; the first hundred are listed in the report. */
    public void error(String location, String message) {
        errorCount.incrementAndGet();
        synchronized (errors) {
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(Map.of("location", location == null ? "" : location, "message", message));
            }
        }
    }

    void finish(long nanos) {
        wallNanos = nanos;
    }

    /** Lets a library (the Parallelizer) add its own part of the report. */
    public void addSection(ReportSection section) {
        synchronized (sections) {
            sections.add(section);
        }
    }

    public int scriptsStarted() {
        return scriptsStarted.get();
    }

    public int errorCount() {
        return errorCount.get();
    }

    public List<Map<String, Object>> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    public long wallNanos() {
        return wallNanos;
    }

    /** The report as plain maps and lists, ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("wallMillis", wallNanos < 0 ? null : wallNanos / 1_000_000.0);
        m.put("scriptsStarted", scriptsStarted.get());
        m.put("actorsCreated", actorsCreated.get());
        m.put("errorCount", errorCount.get());
        m.put("errors", errors());
        synchronized (sections) {
            for (ReportSection s : sections) {
                m.put(s.name(), s.snapshot());
            }
        }
        return m;
    }

    /** A named part of the report filled by a library. */
    public interface ReportSection {
        String name();

        Object snapshot();
    }
}
