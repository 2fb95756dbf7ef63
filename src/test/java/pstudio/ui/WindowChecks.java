package pstudio.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.ui.document.PlaceDocument;

/** What the window tests ask of the window as a user sees it. */
final class WindowChecks {
    private WindowChecks() {
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
