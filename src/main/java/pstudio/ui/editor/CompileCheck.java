package pstudio.ui.editor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.Subscription;
import pstudio.engine.CompileProblem;
import pstudio.engine.ScriptCompiler;

/**
 * Compiles the script in the background shortly after the last keystroke and reports its problems,
 * but only for the text they were found in: a result that arrives after another edit is dropped
 * (that edit has its own check coming).
 */
final class CompileCheck {
    static final Duration DELAY = Duration.millis(300);

    private final CodeArea area;
    private final String scriptName;
    private final ExecutorService worker;
    private final Consumer<List<CompileProblem>> publish;
    private final PauseTransition debounce = new PauseTransition(DELAY);
    private final AtomicLong version = new AtomicLong();
    private final Subscription edits;
    private boolean disposed;

    CompileCheck(CodeArea area, String scriptName, ExecutorService worker, Consumer<List<CompileProblem>> publish) {
        this.area = area;
        this.scriptName = scriptName;
        this.worker = worker;
        this.publish = publish;
        debounce.setOnFinished(e -> check());
        edits = area.plainTextChanges().subscribe(change -> {
            version.incrementAndGet();
            debounce.playFromStart();
        });
        check();
    }

    void dispose() {
        disposed = true;
        debounce.stop();
        edits.unsubscribe();
    }

    private void check() {
        if (disposed) {
            return;
        }
        long checked = version.get();
        String text = area.getText();
        worker.execute(() -> {
            // Checks queued behind a slow compile may already be outdated; skip those.
            if (version.get() != checked) {
                return;
            }
            List<CompileProblem> found = compile(text);
            Platform.runLater(() -> {
                if (!disposed && version.get() == checked) {
                    publish.accept(found);
                }
            });
        });
    }

    private List<CompileProblem> compile(String text) {
        try {
            return ScriptCompiler.shared().check(text, scriptName);
        } catch (RuntimeException | StackOverflowError e) {
            // A compiler crash on odd input is still something to show, not a silent failure.
            return List.of(new CompileProblem(scriptName, 1, 1, "The compiler failed on this script: " + e));
        }
    }
}
