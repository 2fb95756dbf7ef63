package pstudio.ui.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Shows a ScriptEditor in a themed window, as the studio does, and waits on the FX thread's state. */
final class EditorStage {
    private EditorStage() {
    }

    static ScriptEditor show(Stage stage, String text) {
        // AtlantaFX 2.1.0's classes are built for Java 21; on 17 only its theme CSS is usable, which is all a theme is.
        Application.setUserAgentStylesheet(EditorStage.class.getResource("/atlantafx/base/theme/primer-dark.css").toExternalForm());
        ScriptEditor editor = new ScriptEditor("ServerScriptService.Master", text);
        stage.setScene(new Scene(editor, 800, 400));
        stage.show();
        editor.requestFocus();
        return editor;
    }

    /** Polls {@code condition} on the FX thread until it holds; background work (colouring, compiling) has no fixed duration. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Whether the node and every container above it are visible: what the user can see. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get();
    }
}
