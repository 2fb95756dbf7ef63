package pstudio.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Sentences for the user in a dialog: a failed open or save says what and why, never a stack trace. */
final class Messages {
    private Messages() {
    }

    static void error(Window owner, String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR, detail);
        alert.initOwner(owner);
        alert.setTitle("Parallelizer Studio");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }
}
