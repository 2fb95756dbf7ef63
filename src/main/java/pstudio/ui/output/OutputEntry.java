package pstudio.ui.output;

import java.util.Locale;
import pstudio.engine.OutputMessage;

/**
 * One line of the Output panel: a message and how many identical ones in a row it stands for.
 * Mutable on purpose: a repeat grows the count of the line already shown, and the user's
 * expand/collapse choice stays with the line while more output streams in.
 */
public final class OutputEntry {
    private final OutputMessage message;
    private long count;
    private boolean expanded;
    private String searchText;

    OutputEntry(OutputMessage message) {
        this.message = message;
        this.count = Math.max(1, message.count());
    }

    public OutputMessage message() {
        return message;
    }

    /** How many messages this line stands for; shown as {@code x64} when above 1. */
    public long count() {
        return count;
    }

    void add(long more) {
        count += more;
    }

    /** Details below the line, or a long line cut short: either way the arrow expands it. */
    public boolean hasDetails() {
        return !message.details().isEmpty() || message.text().length() > OutputText.COLLAPSE_OVER;
    }

    public boolean isExpanded() {
        return expanded;
    }

    public void setExpanded(boolean expanded) {
        this.expanded = expanded;
    }

    /** Text and source in lower case, computed once, because the filter runs over every line on each keystroke. */
    String searchText() {
        if (searchText == null) {
            String location = message.location();
            searchText = (location == null ? message.text() : message.text() + "\n" + location).toLowerCase(Locale.ROOT);
        }
        return searchText;
    }
}
