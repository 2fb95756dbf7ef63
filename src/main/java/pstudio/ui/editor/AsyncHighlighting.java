package pstudio.ui.editor;

import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.Subscription;

/**
 * Recolours the area off the FX thread. At most one computation runs at a time; when it ends, its
 * result is applied only if the text is still the one it coloured, and if the text moved on meanwhile
 * the newest text is coloured next. So typing fast into a long script never queues stale work.
 */
final class AsyncHighlighting {
    private final CodeArea area;
    private final GroovyHighlighter highlighter = new GroovyHighlighter();
    private final ExecutorService worker;
    private final Consumer<StyleSpans<Collection<String>>> apply;
    private final Subscription edits;
    private long version;
    private boolean running;
    private boolean disposed;

    AsyncHighlighting(CodeArea area, ExecutorService worker, Consumer<StyleSpans<Collection<String>>> apply) {
        this.area = area;
        this.worker = worker;
        this.apply = apply;
        this.edits = area.plainTextChanges().subscribe(change -> {
            version++;
            startIfIdle();
        });
        startIfIdle();
    }

    void dispose() {
        disposed = true;
        edits.unsubscribe();
    }

    private void startIfIdle() {
        if (running || disposed) {
            return;
        }
        running = true;
        long started = version;
        String text = area.getText();
        worker.execute(() -> {
            // Always report back, even if colouring failed, or no later text would be coloured.
            StyleSpans<Collection<String>> spans = null;
            try {
                spans = highlighter.computeHighlighting(text);
            } finally {
                StyleSpans<Collection<String>> result = spans;
                Platform.runLater(() -> finished(started, result));
            }
        });
    }

    private void finished(long started, StyleSpans<Collection<String>> spans) {
        running = false;
        if (disposed) {
            return;
        }
        if (started == version && spans != null) {
            apply.accept(spans);
        } else if (started != version) {
            startIfIdle();
        }
    }
}
