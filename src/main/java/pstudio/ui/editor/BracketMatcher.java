package pstudio.ui.editor;

import java.util.Optional;

/**
 * Finds the bracket that pairs with the one at the caret: first the character just before the caret
 * (you have just typed or passed it), then the one after. Counts brackets of the same kind only; brackets
 * inside strings and comments count too, which keeps it a cheap scan and is rarely wrong in code.
 */
public final class BracketMatcher {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private BracketMatcher() {
    }

    /** The two positions (bracket at caret, its partner) or empty when there is no bracket or no partner. */
    public static Optional<Pair> match(CharSequence text, int caret) {
        Optional<Pair> before = caret > 0 ? matchAt(text, caret - 1) : Optional.empty();
        return before.isPresent() || caret >= text.length() ? before : matchAt(text, caret);
    }

    private static Optional<Pair> matchAt(CharSequence text, int at) {
        char c = text.charAt(at);
        int open = OPEN.indexOf(c);
        int close = CLOSE.indexOf(c);
        if (open < 0 && close < 0) {
            return Optional.empty();
        }
        char self = c;
        char partner = open >= 0 ? CLOSE.charAt(open) : OPEN.charAt(close);
        int step = open >= 0 ? 1 : -1;
        int depth = 0;
        for (int i = at + step; i >= 0 && i < text.length(); i += step) {
            char x = text.charAt(i);
            if (x == self) {
                depth++;
            } else if (x == partner) {
                if (depth == 0) {
                    return Optional.of(new Pair(at, i));
                }
                depth--;
            }
        }
        return Optional.empty();
    }

    /** The bracket next to the caret and its partner, as character offsets. */
    public record Pair(int bracket, int partner) {
    }
}
