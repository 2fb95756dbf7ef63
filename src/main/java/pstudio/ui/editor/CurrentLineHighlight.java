package pstudio.ui.editor;

import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.Subscription;

/**
 * Marks the caret's line with the paragraph style class {@code current-line} (coloured by the CSS).
 * Splitting a line copies its paragraph style, and pasting or replacing text can move the marked line,
 * so after each change every other marked line is cleared; the scan is cheap next to a redraw.
 */
final class CurrentLineHighlight {
    static final String STYLE = "current-line";
    private static final List<String> MARKED = List.of(STYLE);

    private final CodeArea area;
    private final Subscription edits;
    private boolean pending;

    CurrentLineHighlight(CodeArea area) {
        this.area = area;
        area.currentParagraphProperty().addListener((obs, old, now) -> schedule());
        edits = area.plainTextChanges().subscribe(change -> schedule());
        update();
    }

    void dispose() {
        edits.unsubscribe();
    }

    /** Once per pulse, after the caret and the paragraphs have both settled. */
    private void schedule() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                update();
            });
        }
    }

    private void update() {
        int current = area.getCurrentParagraph();
        int count = area.getParagraphs().size();
        for (int i = 0; i < count; i++) {
            Collection<String> style = area.getParagraph(i).getParagraphStyle();
            boolean marked = style.contains(STYLE);
            if (i == current && !marked) {
                area.setParagraphStyle(i, MARKED);
            } else if (i != current && marked) {
                area.setParagraphStyle(i, List.of());
            }
        }
    }
}
