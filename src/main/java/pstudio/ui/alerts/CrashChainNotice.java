package pstudio.ui.alerts;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The bar that slides down over the window's panels when a crash chain is caught: its sentence and
 * a button that opens the job script at the failing line. It stays until closed or the next run.
 * While it shows, the panels move down by its height, so that it hides no tab, field or row.
 */
public final class CrashChainNotice {
    private final NotificationPane pane;
    private BiConsumer<String, Integer> sourceOpener = (script, line) -> { };

    /** {@code content} is what the bar lies over (the window's panels). */
    public CrashChainNotice(Region content) {
        pane = new NotificationPane(content);
        pane.getStyleClass().add("crash-chain-notice");
        pane.getStylesheets().add(CrashChainNotice.class.getResource("crash-chain-notice.css").toExternalForm());
        pane.setShowFromTop(true);
        pane.skinProperty().addListener((o, was, skin) -> makeRoomFor(content));
    }

    /** ControlsFX lays its bar over the content, growing it as it slides in: the content follows its height. */
    private void makeRoomFor(Region content) {
        if (pane.lookup(".notification-bar") instanceof Region bar) {
            bar.heightProperty().addListener((o, was, height) -> content.setPadding(new Insets(height.doubleValue(), 0, 0, 0)));
        }
    }

    public Node node() {
        return pane;
    }

    /** Called with the script's full name and line when the button is pressed. */
    public void setOnOpenSource(BiConsumer<String, Integer> opener) {
        sourceOpener = opener == null ? (script, line) -> { } : opener;
    }

    /** Shows {@code alert}, in place of one shown before. */
    public void show(CrashChainAlert alert) {
        Action open = new Action(alert.openLabel(), e -> sourceOpener.accept(alert.script(), alert.line()));
        pane.getActions().setAll(open);
        pane.show(alert.text());
    }

    public void hide() {
        pane.hide();
    }

    public boolean isShowing() {
        return pane.isShowing();
    }
}
