package pstudio.engine.luau;

import java.util.ArrayList;
import java.util.List;
import pstudio.engine.ScriptError;

/**
 * A Lua pattern matched against one subject string, with Lua's semantics: the classes %a %c %d %g
 * %l %p %s %u %w %x (upper case for the complement, ASCII only, as in the C locale), sets
 * {@code [...]}, the quantifiers {@code * + - ?}, anchors, captures and position captures,
 * back-references {@code %1}, {@code %b()} and the frontier {@code %f[set]}. Positions here are
 * 0-based string indexes; the string library turns them into Luau's 1-based ones.
 */
final class LuaPattern {
    static final String SPECIALS = "^$*+?.([%-";
    private static final int MAX_CAPTURES = 32;
    private static final int CAPTURE_OPEN = -1;
    private static final int CAPTURE_POSITION = -2;
    private static final int MAX_DEPTH = 200;
    /** How many match steps run between looks at the thread's interrupt flag. */
    private static final int STEPS_PER_INTERRUPT_CHECK = 1 << 16;

    private final String src;
    private final String pat;
    private final int patStart;
    private final boolean anchored;
    private final int[] captureStart = new int[MAX_CAPTURES];
    private final int[] captureLength = new int[MAX_CAPTURES];
    private int level;
    private int depth;
    private int steps;

    /** @param honourAnchor whether a leading {@code ^} anchors the match (gmatch treats it as a character) */
    LuaPattern(String src, String pattern, boolean honourAnchor) {
        this.src = src;
        this.pat = pattern;
        this.anchored = honourAnchor && pattern.startsWith("^");
        this.patStart = anchored ? 1 : 0;
    }

    static boolean hasSpecials(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (SPECIALS.indexOf(pattern.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    boolean anchored() {
        return anchored;
    }

    /** Matches at {@code start}; the end of the match, or -1. */
    int matchAt(int start) {
        level = 0;
        depth = MAX_DEPTH;
        return match(start, patStart);
    }

    /** The captures of the last match from {@code start} to {@code end}; the whole match if there are none and {@code wholeIfNone}. */
    List<Object> captures(int start, int end, boolean wholeIfNone) {
        int count = level == 0 && wholeIfNone ? 1 : level;
        List<Object> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(capture(i, start, end));
        }
        return out;
    }

    /** Capture {@code i} (0-based) of the last match: a string, or a 1-based position for {@code ()}. */
    Object capture(int i, int start, int end) {
        if (i >= level) {
            if (i == 0) {
                return src.substring(start, end);
            }
            throw new ScriptError("invalid capture index %" + (i + 1));
        }
        int length = captureLength[i];
        if (length == CAPTURE_OPEN) {
            throw new ScriptError("unfinished capture");
        }
        if (length == CAPTURE_POSITION) {
            return captureStart[i] + 1;
        }
        return src.substring(captureStart[i], captureStart[i] + length);
    }

    private int match(int s, int p) {
        if (depth-- == 0) {
            throw new ScriptError("pattern too complex");
        }
        // a pattern can backtrack for a very long time; Stop interrupts the thread, so let it end the match
        if (++steps % STEPS_PER_INTERRUPT_CHECK == 0 && Thread.currentThread().isInterrupted()) {
            throw new ScriptError("pattern matching was interrupted");
        }
        try {
            return matchHere(s, p);
        } finally {
            depth++;
        }
    }

    private int matchHere(int s, int p) {
        while (true) {
            if (p == pat.length()) {
                return s;
            }
            char c = pat.charAt(p);
            if (c == '(') {
                if (p + 1 < pat.length() && pat.charAt(p + 1) == ')') {
                    return startCapture(s, p + 2, CAPTURE_POSITION);
                }
                return startCapture(s, p + 1, CAPTURE_OPEN);
            }
            if (c == ')') {
                return endCapture(s, p + 1);
            }
            if (c == '$' && p + 1 == pat.length()) {
                return s == src.length() ? s : -1;
            }
            if (c == '%' && p + 1 < pat.length()) {
                char next = pat.charAt(p + 1);
                if (next == 'b') {
                    s = matchBalance(s, p + 2);
                    if (s == -1) {
                        return -1;
                    }
                    p += 4;
                    continue;
                }
                if (next == 'f') {
                    p += 2;
                    if (p >= pat.length() || pat.charAt(p) != '[') {
                        throw new ScriptError("missing '[' after '%f' in pattern");
                    }
                    int ep = classEnd(p);
                    char previous = s == 0 ? '\0' : src.charAt(s - 1);
                    char current = s < src.length() ? src.charAt(s) : '\0';
                    if (matchBracketClass(previous, p, ep - 1) || !matchBracketClass(current, p, ep - 1)) {
                        return -1;
                    }
                    p = ep;
                    continue;
                }
                if (next >= '0' && next <= '9') {
                    s = matchBackReference(s, next);
                    if (s == -1) {
                        return -1;
                    }
                    p += 2;
                    continue;
                }
            }
            int ep = classEnd(p);
            boolean single = s < src.length() && singleMatch(src.charAt(s), p, ep);
            if (ep < pat.length()) {
                char quantifier = pat.charAt(ep);
                if (quantifier == '?') {
                    if (single) {
                        int r = match(s + 1, ep + 1);
                        if (r != -1) {
                            return r;
                        }
                    }
                    p = ep + 1;
                    continue;
                }
                if (quantifier == '+') {
                    return single ? maxExpand(s + 1, p, ep) : -1;
                }
                if (quantifier == '*') {
                    return maxExpand(s, p, ep);
                }
                if (quantifier == '-') {
                    return minExpand(s, p, ep);
                }
            }
            if (!single) {
                return -1;
            }
            s++;
            p = ep;
        }
    }

    private int maxExpand(int s, int p, int ep) {
        int i = 0;
        while (s + i < src.length() && singleMatch(src.charAt(s + i), p, ep)) {
            i++;
        }
        for (; i >= 0; i--) {
            int r = match(s + i, ep + 1);
            if (r != -1) {
                return r;
            }
        }
        return -1;
    }

    private int minExpand(int s, int p, int ep) {
        while (true) {
            int r = match(s, ep + 1);
            if (r != -1) {
                return r;
            }
            if (s < src.length() && singleMatch(src.charAt(s), p, ep)) {
                s++;
            } else {
                return -1;
            }
        }
    }

    private int startCapture(int s, int p, int what) {
        if (level >= MAX_CAPTURES) {
            throw new ScriptError("too many captures");
        }
        captureStart[level] = s;
        captureLength[level] = what;
        level++;
        int r = match(s, p);
        if (r == -1) {
            level--;
        }
        return r;
    }

    private int endCapture(int s, int p) {
        int open = -1;
        for (int i = level - 1; i >= 0; i--) {
            if (captureLength[i] == CAPTURE_OPEN) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            throw new ScriptError("invalid pattern capture");
        }
        captureLength[open] = s - captureStart[open];
        int r = match(s, p);
        if (r == -1) {
            captureLength[open] = CAPTURE_OPEN;
        }
        return r;
    }

    private int matchBalance(int s, int p) {
        if (p + 1 >= pat.length()) {
            throw new ScriptError("malformed pattern (missing arguments to '%b')");
        }
        if (s >= src.length() || src.charAt(s) != pat.charAt(p)) {
            return -1;
        }
        char open = pat.charAt(p);
        char close = pat.charAt(p + 1);
        int depthCount = 1;
        while (++s < src.length()) {
            char c = src.charAt(s);
            if (c == close) {
                if (--depthCount == 0) {
                    return s + 1;
                }
            } else if (c == open) {
                depthCount++;
            }
        }
        return -1;
    }

    private int matchBackReference(int s, char digit) {
        int i = digit - '1';
        if (i < 0 || i >= level || captureLength[i] == CAPTURE_OPEN) {
            throw new ScriptError("invalid capture index %" + (i + 1));
        }
        int length = captureLength[i];
        if (length >= 0 && src.length() - s >= length && src.regionMatches(captureStart[i], src, s, length)) {
            return s + length;
        }
        return -1;
    }

    /** The index just after the single-character class at {@code p}. */
    private int classEnd(int p) {
        char c = pat.charAt(p++);
        if (c == '%') {
            if (p >= pat.length()) {
                throw new ScriptError("malformed pattern (ends with '%')");
            }
            return p + 1;
        }
        if (c == '[') {
            if (p < pat.length() && pat.charAt(p) == '^') {
                p++;
            }
            // The first character of a set is taken as is, so "[]]" is the set of "]".
            do {
                if (p >= pat.length()) {
                    throw new ScriptError("malformed pattern (missing ']')");
                }
                char d = pat.charAt(p++);
                if (d == '%' && p < pat.length()) {
                    p++;
                }
            } while (p >= pat.length() || pat.charAt(p) != ']');
            return p + 1;
        }
        return p;
    }

    private boolean singleMatch(char c, int p, int ep) {
        char k = pat.charAt(p);
        return switch (k) {
            case '.' -> true;
            case '%' -> matchClass(c, pat.charAt(p + 1));
            case '[' -> matchBracketClass(c, p, ep - 1);
            default -> k == c;
        };
    }

    /** Whether c is in the set from '[' at p to ']' at end. */
    private boolean matchBracketClass(char c, int p, int end) {
        boolean in = true;
        if (pat.charAt(p + 1) == '^') {
            in = false;
            p++;
        }
        while (++p < end) {
            char k = pat.charAt(p);
            if (k == '%') {
                p++;
                if (matchClass(c, pat.charAt(p))) {
                    return in;
                }
            } else if (p + 2 < end && pat.charAt(p + 1) == '-') {
                if (k <= c && c <= pat.charAt(p + 2)) {
                    return in;
                }
                p += 2;
            } else if (k == c) {
                return in;
            }
        }
        return !in;
    }

    private static boolean matchClass(char c, char cl) {
        boolean r;
        switch (Character.toLowerCase(cl)) {
            case 'a' -> r = isAlpha(c);
            case 'c' -> r = c < 32 || c == 127;
            case 'd' -> r = c >= '0' && c <= '9';
            case 'g' -> r = c > 32 && c < 127;
            case 'l' -> r = c >= 'a' && c <= 'z';
            case 'p' -> r = c > 32 && c < 127 && !isAlpha(c) && !(c >= '0' && c <= '9');
            case 's' -> r = c == ' ' || (c >= '\t' && c <= '\r');
            case 'u' -> r = c >= 'A' && c <= 'Z';
            case 'w' -> r = isAlpha(c) || (c >= '0' && c <= '9');
            case 'x' -> r = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'z' -> r = c == 0;
            default -> {
                return cl == c;
            }
        }
        return Character.isLowerCase(cl) ? r : !r;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
