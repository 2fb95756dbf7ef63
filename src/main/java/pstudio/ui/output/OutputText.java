package pstudio.ui.output;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

/**
 * How Output lines read as text, shared by the cells and by Copy so that what is copied is what is
 * seen. A copied line is {@code [HH:MM:SS.mmm] } (only while timestamps are shown), then the text
 * alone for a print, or {@code LEVEL source: text} for info, warnings and errors (the headless
 * runner's format), then {@code  (x3)} for a repeat; each detail line follows indented by 4 spaces.
 */
public final class OutputText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private OutputText() {
    }

    /** {@code 14:03:07.042}, in the user's time zone. */
    public static String timestamp(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
    }

    /** {@code x64}, or empty for a single message. */
    public static String countBadge(long count) {
        return count > 1 ? "x" + count : "";
    }

    /** Lines longer than this show their start and an expander, so one huge print stays one row. */
    public static final int COLLAPSE_OVER = 300;

    /** {@code ✓ Warn 12} when shown, {@code Warn 12} (struck through by the style) when hidden. */
    public static String levelToggleText(String level, long count, boolean shown) {
        return (shown ? "\u2713 " : "") + level + " " + String.format(Locale.ROOT, "%,d", count);
    }

    /** The start of a long line with how much is left out, or the whole line when it is short or expanded. */
    public static String shownText(String text, boolean expanded) {
        if (expanded || text.length() <= COLLAPSE_OVER) {
            return text;
        }
        return text.substring(0, COLLAPSE_OVER) + " \u2026 (" + String.format(Locale.ROOT, "%,d", text.length() - COLLAPSE_OVER)
                + " more characters)";
    }

    /** {@code 1,234 earlier messages not shown}. */
    public static String droppedNotice(long dropped) {
        return String.format(Locale.ROOT, "%,d earlier %s not shown", dropped, dropped == 1 ? "message" : "messages");
    }

    public static String copyText(List<OutputEntry> entries, boolean withTimestamps) {
        StringBuilder out = new StringBuilder();
        for (OutputEntry entry : entries) {
            appendLine(out, entry, withTimestamps);
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, OutputEntry entry, boolean withTimestamps) {
        OutputMessage m = entry.message();
        if (withTimestamps) {
            out.append('[').append(timestamp(m.timestampMillis())).append("] ");
        }
        if (m.level() != OutputLevel.PRINT) {
            out.append(m.level().name());
            out.append(m.location() != null ? " " + m.location() + ": " : ": ");
        }
        out.append(m.text());
        if (entry.count() > 1) {
            out.append(" (").append(countBadge(entry.count())).append(')');
        }
        out.append('\n');
        for (String detail : m.details()) {
            out.append("    ").append(detail).append('\n');
        }
    }
}
