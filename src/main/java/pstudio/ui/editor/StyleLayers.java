package pstudio.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;
import pstudio.ui.editor.ProblemRanges.Range;

/**
 * A CodeArea has one set of style classes per character, but three things want to style it: the
 * syntax colours, the compile-problem underlines and the matching-bracket marks. This keeps the two
 * overlays as ranges (moved along with edits) and lays them over whatever syntax colours arrive.
 */
final class StyleLayers {
    static final String PROBLEM = "compile-problem";
    static final String BRACKET = "bracket-match";
    private static final Set<String> OVERLAYS = Set.of(PROBLEM, BRACKET);

    private final CodeArea area;
    private final Subscription edits;
    private List<Range> problems = List.of();
    private List<Range> brackets = List.of();

    StyleLayers(CodeArea area) {
        this.area = area;
        this.edits = area.plainTextChanges().subscribe(this::follow);
    }

    /** New syntax colours for the whole (current) text, with the overlays laid on top. */
    void applySyntax(StyleSpans<Collection<String>> syntax) {
        area.setStyleSpans(0, withOverlays(syntax));
    }

    void setProblems(List<Range> ranges) {
        problems = List.copyOf(ranges);
        StyleSpans<Collection<String>> current = area.getStyleSpans(0, area.getLength());
        area.setStyleSpans(0, withOverlays(current.mapStyles(StyleLayers::withoutOverlays)));
    }

    /** Bracket marks change with every caret move, so only the characters involved are restyled. */
    void setBrackets(List<Range> ranges) {
        for (Range r : brackets) {
            restyle(r, false);
        }
        brackets = List.copyOf(ranges);
        for (Range r : brackets) {
            restyle(r, true);
        }
    }

    void dispose() {
        edits.unsubscribe();
    }

    private void restyle(Range r, boolean marked) {
        if (r.end() > area.getLength()) {
            return;
        }
        Collection<String> style = area.getStyleOfChar(r.start());
        if (style.contains(BRACKET) == marked) {
            return;
        }
        Set<String> next = new TreeSet<>(style);
        if (marked) {
            next.add(BRACKET);
        } else {
            next.remove(BRACKET);
        }
        area.setStyle(r.start(), r.end(), List.copyOf(next));
    }

    private StyleSpans<Collection<String>> withOverlays(StyleSpans<Collection<String>> base) {
        int length = base.length();
        return base.overlay(spansOf(problems, PROBLEM, length), StyleLayers::union)
                .overlay(spansOf(brackets, BRACKET, length), StyleLayers::union);
    }

    /** Styles move with the text they belong to; so do the overlay ranges. A range an edit touches is dropped. */
    private void follow(PlainTextChange change) {
        problems = shifted(problems, change);
        brackets = shifted(brackets, change);
    }

    private static List<Range> shifted(List<Range> ranges, PlainTextChange change) {
        List<Range> out = new ArrayList<>(ranges.size());
        int at = change.getPosition();
        int delta = change.getNetLength();
        for (Range r : ranges) {
            if (r.end() <= at) {
                out.add(r);
            } else if (r.start() >= change.getRemovalEnd()) {
                out.add(new Range(r.start() + delta, r.end() + delta));
            }
        }
        return out;
    }

    private static StyleSpans<Collection<String>> spansOf(List<Range> ranges, String style, int length) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start));
        for (Range r : sorted) {
            int start = Math.max(at, r.start());
            int end = Math.min(length, r.end());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                spans.add(List.of(), start - at);
            }
            spans.add(List.of(style), end - start);
            at = end;
        }
        // The builder needs at least one span, even for an empty text.
        if (length > at || at == 0) {
            spans.add(List.of(), length - at);
        }
        return spans.create();
    }

    /** Style collections are sorted lists, so equal styles compare equal and adjacent segments merge. */
    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }

    private static Collection<String> withoutOverlays(Collection<String> style) {
        if (style.stream().noneMatch(OVERLAYS::contains)) {
            return style;
        }
        Set<String> rest = new TreeSet<>(style);
        rest.removeAll(OVERLAYS);
        return List.copyOf(rest);
    }
}
