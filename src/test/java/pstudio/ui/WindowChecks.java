package pstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.Backups;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.protocol.EngineLaunch;
import pstudio.ui.document.PlaceDocument;

/** What the window tests ask of the window as a user sees it. */
final class WindowChecks {
    private WindowChecks() {
    }

    /** An environment in temporary folders under {@code home}: its own settings and backups, the samples of the checkout. */
    static StudioEnvironment temporaryEnvironment(Path home, StudioSettings settings, FileDialogs dialogs,
                                                  IntFunction<EngineLaunch> engines) throws IOException {
        return new StudioEnvironment(settings, new Backups(Files.createTempDirectory(home, "backups"), 5, Clock.systemUTC()),
                dialogs, Path.of("samples"), engines);
    }

    static StudioSettings temporarySettings(Path home) throws IOException {
        return new StudioSettings(Files.createTempDirectory(home, "config"));
    }

    /** The window as app/studio shows it at start: it opens the sample copy in the background. */
    static StudioWindow openStudio(Stage stage, StudioEnvironment environment) {
        StudioWindow window = new StudioWindow(stage, environment);
        window.openInitial(null);
        stage.show();
        return window;
    }

    /** The studio as app/studio starts it, with its settings and backups under {@code home} and engines like this process. */
    static StudioWindow openStudio(Stage stage, Path home) throws IOException {
        return openStudio(stage, temporaryEnvironment(home, temporarySettings(home), new ScriptedFileDialogs(),
                EngineLaunch::likeThisProcess));
    }

    /** Some visible label or text shows {@code text}. */
    static boolean shows(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n.isVisible() && (n instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                || n instanceof Text t && t.getText() != null && t.getText().contains(text))).tryQuery().isPresent();
    }

    /** Waits up to 30 s for {@code condition}, letting the JavaFX thread work between checks. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Shows a new place whose only script is ServerScriptService.Master with {@code source}; returns the script. */
    static Instance showPlaceWithMaster(StudioWindow window, String source) {
        DataModel place = DataModel.empty();
        Instance master = InstanceClass.of("Script").create();
        master.setName("Master");
        master.setProperty("Source", source);
        master.setParent(place.GetService("ServerScriptService"));
        Platform.runLater(() -> window.show(new PlaceDocument(place, null)));
        WaitForAsyncUtils.waitForFxEvents();
        return master;
    }
}
