package pstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the find bar looks for: a literal or regular-expression query, with or without case. Pure, so
 * the matching and replacing rules are tested without a window. Empty matches (a regex like
 * {@code x*}) are skipped: they cannot be selected and would make "next" stand still.
 */
public final class TextSearch {
    private final Pattern pattern;
    private final boolean regex;

    private TextSearch(Pattern pattern, boolean regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** A search for {@code query}; a malformed regex is an {@link InvalidSearchException} with a short message. */
    public static TextSearch compile(String query, boolean matchCase, boolean regex) throws InvalidSearchException {
        int flags = Pattern.MULTILINE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return new TextSearch(Pattern.compile(regex ? query : Pattern.quote(query), flags), regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidSearchException("Bad regex: " + e.getDescription());
        }
    }

    /** Every non-empty match, in text order. */
    public List<Match> findAll(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                matches.add(new Match(m.start(), m.end()));
            }
        }
        return matches;
    }

    /** The index of the first match starting at or after {@code offset}, wrapping to the first; -1 if none. */
    public static int nextIndex(List<Match> matches, int offset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= offset) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    /** The index of the last match starting before {@code offset}, wrapping to the last; -1 if none. */
    public static int previousIndex(List<Match> matches, int offset) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).start() < offset) {
                return i;
            }
        }
        return matches.size() - 1;
    }

    /** The text that replaces {@code match}: the replacement itself, or with {@code $1} groups expanded for a regex. */
    public String replacementFor(CharSequence text, Match match, String replacement) throws InvalidSearchException {
        if (!regex) {
            return replacement;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find(match.start()) || m.start() != match.start()) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        try {
            m.appendReplacement(out, replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidSearchException("Bad replacement: " + e.getMessage());
        }
        // appendReplacement also copied the text before the match.
        return out.substring(match.start());
    }

    /**
     * Every match with the text that replaces it, in one pass (expanding each match on its own would
     * copy the text before it every time). The editor applies them last to first as one undoable edit.
     */
    public List<Replacement> replacements(CharSequence text, String replacement) throws InvalidSearchException {
        String template = regex ? replacement : Matcher.quoteReplacement(replacement);
        List<Replacement> out = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        Matcher m = pattern.matcher(text);
        int copiedUpTo = 0;
        try {
            while (m.find()) {
                if (m.end() > m.start()) {
                    buffer.setLength(0);
                    m.appendReplacement(buffer, template);
                    // appendReplacement also copied the text since the previous match; drop it.
                    out.add(new Replacement(m.start(), m.end(), buffer.substring(m.start() - copiedUpTo)));
                    copiedUpTo = m.end();
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidSearchException("Bad replacement: " + e.getMessage());
        }
        return out;
    }

    /** A match's character range, end exclusive. */
    public record Match(int start, int end) {
    }

    /** The range {@code [start, end)} of the original text becomes {@code text}. */
    public record Replacement(int start, int end, String text) {
    }

    /** A query or replacement the user has to fix; the message is short enough for the find bar. */
    public static final class InvalidSearchException extends Exception {
        InvalidSearchException(String message) {
            super(message);
        }
    }
}
