package pstudio.ui.watch;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The small form of "Dispatch again": thread count and batch size, prefilled from the row. The batch
 * size may be "equal", which is what DispatchEquallyAsync does: the thread count over the actors, rounded up.
 */
final class DispatchAgainForm {
    static final String EQUAL = "equal";

    /** The numbers to send, or why there are none. */
    record Answer(int threads, int batchSize, String problem) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField threads = new TextField();
    private final ComboBox<String> batch = new ComboBox<>();
    private final DispatchRow row;

    DispatchAgainForm(DispatchRow row, Window owner) {
        this.row = row;
        dialog.initOwner(owner);
        dialog.setTitle("Dispatch again");
        dialog.setHeaderText("Dispatch '" + row.threadName() + "' again on " + row.scheduler());
        threads.setText(Integer.toString(row.threads()));
        threads.setId("again-threads");
        batch.setEditable(true);
        batch.getItems().addAll(EQUAL, "1", "2", "4", "8", "16", "32", "64");
        batch.setValue(Integer.toString(row.batchSize()));
        batch.setId("again-batch");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Threads"), threads);
        grid.addRow(1, new Label("Batch size"), batch);
        grid.add(new Label("\u201cequal\u201d gives each of the " + row.actors() + " actors one batch."), 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(
                new ButtonType("Dispatch", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    }

    /** Shows the form and waits; null when the person cancelled. */
    Answer ask() {
        ButtonType pressed = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (pressed.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return null;
        }
        String batchText = batch.getEditor().getText();
        return parse(threads.getText(), batchText == null || batchText.isBlank() ? batch.getValue() : batchText,
                row.actors());
    }

    static Answer parse(String threadText, String batchText, int actors) {
        int count;
        try {
            count = Integer.parseInt(threadText.trim());
        } catch (NumberFormatException notANumber) {
            return new Answer(0, 0, "the thread count must be a whole number");
        }
        if (count < 0) {
            return new Answer(0, 0, "the thread count cannot be negative");
        }
        String b = batchText == null ? "" : batchText.trim();
        if (b.equalsIgnoreCase(EQUAL)) {
            return new Answer(count, DispatchSweep.equalBatchSize(count, actors), null);
        }
        try {
            int size = Integer.parseInt(b);
            return size < 1 ? new Answer(0, 0, "the batch size must be at least 1") : new Answer(count, size, null);
        } catch (NumberFormatException notANumber) {
            return new Answer(0, 0, "the batch size must be a whole number or \u201cequal\u201d");
        }
    }
}
