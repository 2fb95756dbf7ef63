package pstudio.ui.output;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import pstudio.engine.OutputMessage;

/**
 * The Output panel's lines, without any toolkit: at most {@link #MAX_LINES}, oldest dropped first,
 * identical consecutive messages collapsed into one line with a count. The cap keeps memory bounded
 * however long a run prints.
 */
public final class OutputBuffer {
    public static final int MAX_LINES = 10_000;

    private final ArrayDeque<OutputEntry> entries = new ArrayDeque<>();
    private long droppedMessages;

    /**
     * What one {@link #append} did, so a view can update itself in proportion to the batch rather
     * than to the buffer: lines dropped from the front, the last line if its count grew, lines added.
     */
    public record Change(List<OutputEntry> removed, OutputEntry grown, List<OutputEntry> added) {
    }

    public Change append(List<OutputMessage> batch) {
        OutputEntry previousLast = entries.peekLast();
        boolean grown = false;
        List<OutputEntry> added = new ArrayList<>();
        for (OutputMessage message : batch) {
            OutputEntry tail = added.isEmpty() ? previousLast : added.get(added.size() - 1);
            if (tail != null && tail.message().sameAs(message)) {
                tail.add(Math.max(1, message.count()));
                grown |= tail == previousLast;
            } else {
                added.add(new OutputEntry(message));
            }
        }
        int overflow = entries.size() + added.size() - MAX_LINES;
        List<OutputEntry> removed = new ArrayList<>();
        while (overflow > 0 && !entries.isEmpty()) {
            OutputEntry old = entries.pollFirst();
            droppedMessages += old.count();
            removed.add(old);
            overflow--;
        }
        if (overflow > 0) {
            for (OutputEntry gone : added.subList(0, overflow)) {
                droppedMessages += gone.count();
            }
            added = new ArrayList<>(added.subList(overflow, added.size()));
        }
        entries.addAll(added);
        // dropping is oldest first, so the previous last line went only if everything before it did
        boolean lastDropped = !removed.isEmpty() && removed.get(removed.size() - 1) == previousLast;
        return new Change(removed, grown && !lastDropped ? previousLast : null, added);
    }

    /** Removes the newest line whose message matches {@code which}; returns it, or null if none does. */
    public OutputEntry removeNewest(Predicate<OutputMessage> which) {
        for (Iterator<OutputEntry> it = entries.descendingIterator(); it.hasNext(); ) {
            OutputEntry e = it.next();
            if (which.test(e.message())) {
                it.remove();
                return e;
            }
        }
        return null;
    }

    public void clear() {
        entries.clear();
        droppedMessages = 0;
    }

    /** Lines held now, oldest first. */
    public List<OutputEntry> entries() {
        return new ArrayList<>(entries);
    }

    public int size() {
        return entries.size();
    }

    /** How many messages (counting repeats) were dropped to keep within {@link #MAX_LINES} since the last clear. */
    public long droppedMessages() {
        return droppedMessages;
    }

    public List<OutputEntry> matching(OutputFilter filter) {
        List<OutputEntry> out = new ArrayList<>();
        for (OutputEntry e : entries) {
            if (filter.matches(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
