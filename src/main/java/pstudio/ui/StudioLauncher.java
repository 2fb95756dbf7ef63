package pstudio.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the studio window; a separate class because an Application subclass cannot be the classpath main. */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    /** Blocks until the window is closed. {@code place} may be null: the last place or the sample opens. */
    public static void open(Path place) {
        String[] args = place == null ? new String[0] : new String[] {place.toAbsolutePath().toString()};
        Application.launch(StudioApp.class, args);
    }

    public static void main(String[] args) {
        open(args.length == 0 ? null : Path.of(args[0]));
    }
}
