package pstudio.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import pstudio.place.RecoveryCopies;

/**
 * The bar at the top of the window after a crash: which place has a recovery copy and from when,
 * with a button that opens it. It does not block the start; closing it keeps the copy in File > Backups.
 */
final class RecoveryNotice {
    static final String OPEN = "Open Recovery Copy";

    private final NotificationPane pane;

    RecoveryNotice(Node content) {
        pane = new NotificationPane(content);
        pane.getStyleClass().add("recovery-notice");
        pane.setShowFromTop(true);
    }

    Node node() {
        return pane;
    }

    void offer(RecoveryCopies.Copy copy, Consumer<RecoveryCopies.Copy> open) {
        pane.getActions().setAll(new Action(OPEN, e -> {
            pane.hide();
            open.accept(copy);
        }));
        pane.show(text(copy));
    }

    static String text(RecoveryCopies.Copy copy) {
        return "Parallelizer Studio did not close properly last time. A recovery copy of " + copy.placeName()
                + " from " + BackupsDialog.when(copy.writtenAt()) + " is kept; File > Backups\u2026 lists it later too.";
    }

    boolean isShowing() {
        return pane.isShowing();
    }
}
