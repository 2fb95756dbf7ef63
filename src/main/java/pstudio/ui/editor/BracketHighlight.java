package pstudio.ui.editor;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.Subscription;
import pstudio.ui.editor.ProblemRanges.Range;

/** Marks the bracket at the caret and its partner, via the {@link StyleLayers} bracket overlay. */
final class BracketHighlight {
    private static final String BRACKETS = "()[]{}";

    private final CodeArea area;
    private final StyleLayers styles;
    private final InvalidationListener caretMoved = obs -> schedule();
    private final Subscription edits;
    private boolean pending;

    BracketHighlight(CodeArea area, StyleLayers styles) {
        this.area = area;
        this.styles = styles;
        area.caretPositionProperty().addListener(caretMoved);
        edits = area.plainTextChanges().subscribe(change -> schedule());
    }

    void dispose() {
        area.caretPositionProperty().removeListener(caretMoved);
        edits.unsubscribe();
    }

    /** Once per pulse, after an edit and the caret move it causes have both landed. */
    private void schedule() {
        if (pending) {
            return;
        }
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            update();
        });
    }

    private void update() {
        int caret = area.getCaretPosition();
        String near = area.getText(Math.max(0, caret - 1), Math.min(area.getLength(), caret + 1));
        // Most caret moves are nowhere near a bracket; only then is the whole text worth scanning.
        if (near.chars().noneMatch(c -> BRACKETS.indexOf(c) >= 0)) {
            styles.setBrackets(List.of());
            return;
        }
        styles.setBrackets(BracketMatcher.match(area.getText(), caret)
                .map(pair -> List.of(new Range(pair.bracket(), pair.bracket() + 1), new Range(pair.partner(), pair.partner() + 1)))
                .orElse(List.of()));
    }
}
