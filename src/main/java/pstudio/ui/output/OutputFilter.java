package pstudio.ui.output;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import pstudio.engine.OutputLevel;

/**
 * Which lines the Output panel shows: the levels switched on, a case-insensitive substring of text or
 * source, and optionally one instance ({@code within}, a full name such as an actor's): only lines
 * from scripts inside it, or that name it.
 */
public record OutputFilter(Set<OutputLevel> levels, String text, String within) {
    public static final OutputFilter ALL = new OutputFilter(EnumSet.allOf(OutputLevel.class), "");

    public OutputFilter {
        levels = levels.isEmpty() ? EnumSet.noneOf(OutputLevel.class) : EnumSet.copyOf(levels);
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        within = within == null || within.isEmpty() ? null : within;
    }

    public OutputFilter(Set<OutputLevel> levels, String text) {
        this(levels, text, null);
    }

    public boolean matches(OutputEntry entry) {
        return levels.contains(entry.message().level()) && (text.isEmpty() || entry.searchText().contains(text))
                && (within == null || isWithin(entry));
    }

    private boolean isWithin(OutputEntry entry) {
        String script = entry.message().script();
        if (script != null && (script.equals(within) || script.startsWith(within + "."))) {
            return true;
        }
        String name = within.toLowerCase(Locale.ROOT);
        if (entry.searchText().contains(name)) {
            return true;
        }
        for (String detail : entry.message().details()) {
            if (detail.toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
