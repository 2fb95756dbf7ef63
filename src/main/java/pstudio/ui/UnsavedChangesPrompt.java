package pstudio.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** "Save changes to nth-root?" with Save / Don't Save / Cancel, before a place is closed or replaced. */
final class UnsavedChangesPrompt {
    enum Answer { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private UnsavedChangesPrompt() {
    }

    static Answer ask(Window owner, String placeName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + placeName + "?");
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (chosen == SAVE) {
            return Answer.SAVE;
        }
        return chosen == DONT_SAVE ? Answer.DISCARD : Answer.CANCEL;
    }
}
