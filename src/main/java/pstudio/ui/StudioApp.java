package pstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import pstudio.engine.ScriptCompiler;
import pstudio.engine.ScriptCompileException;

/** The JavaFX application: shows the window first, then warms Groovy up in the background. */
public final class StudioApp extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        StudioWindow window = new StudioWindow(stage, StudioEnvironment.forUser());
        window.openInitial(args.isEmpty() ? null : Path.of(args.get(0)));
        stage.show();
        warmUpGroovy();
    }

    /** The first Groovy compile costs about a second; pay it now so the first Run and error check are quick. */
    private static void warmUpGroovy() {
        Thread warmUp = new Thread(() -> {
            try {
                ScriptCompiler.shared().compile("def squares = (1..10).collect { it * it }\nprint(squares)", "warm-up");
            } catch (ScriptCompileException e) {
                // a failed warm-up only means the first real compile is the slow one
            }
        }, "groovy-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }
}
