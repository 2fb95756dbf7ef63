package pstudio.engine;

import java.util.List;

/**
 * One line of run output.
 *
 * @param timestampMillis wall-clock time of the first occurrence
 * @param level           print, info, warn or error
 * @param text            the message alone, without location
 * @param script          full name of the script in the place ({@code ServerScriptService.Master}), or null
 * @param line            line in that script, or 0 when unknown
 * @param count           how many identical messages in a row this stands for (1 normally)
 * @param details         extra lines: a trimmed stack trace in place coordinates, or a crash chain's per-actor list
 */
public record OutputMessage(long timestampMillis, OutputLevel level, String text, String script, int line,
                            int count, List<String> details) {

    public OutputMessage {
        details = List.copyOf(details);
    }

    public static OutputMessage of(OutputLevel level, String text, String script, int line) {
        return new OutputMessage(System.currentTimeMillis(), level, text, script, line, 1, List.of());
    }

    /** {@code ServerScriptService.Master:3}, {@code ServerScriptService.Master}, or null. */
    public String location() {
        if (script == null) {
            return null;
        }
        return line > 0 ? script + ":" + line : script;
    }

    /** Same level, text and source: collapsible into one line with a count. */
    public boolean sameAs(OutputMessage other) {
        return level == other.level && text.equals(other.text) && line == other.line
                && java.util.Objects.equals(script, other.script) && details.equals(other.details);
    }

    public OutputMessage withCount(int newCount) {
        return new OutputMessage(timestampMillis, level, text, script, line, newCount, details);
    }
}
