package pstudio.ui.output;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import pstudio.engine.OutputLevel;

/** Which lines the Output panel shows: the levels switched on, and a case-insensitive substring of text or source. */
public record OutputFilter(Set<OutputLevel> levels, String text) {
    public static final OutputFilter ALL = new OutputFilter(EnumSet.allOf(OutputLevel.class), "");

    public OutputFilter {
        levels = levels.isEmpty() ? EnumSet.noneOf(OutputLevel.class) : EnumSet.copyOf(levels);
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    public boolean matches(OutputEntry entry) {
        return levels.contains(entry.message().level()) && (text.isEmpty() || entry.searchText().contains(text));
    }
}
