package pstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import pstudio.engine.GroovyWarmUp;

/** The JavaFX application: shows the window first, then warms Groovy (for the error check) and a spare engine (for Run) up in the background. */
public final class StudioApp extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        StudioWindow window = new StudioWindow(stage, StudioEnvironment.forUser());
        window.openInitial(args.isEmpty() ? null : Path.of(args.get(0)));
        stage.show();
        // after the window shows, so that it comes up first; then the first Run and error check are quick
        GroovyWarmUp.startInBackground(Thread.MIN_PRIORITY);
        window.prepareEngine();
    }
}
