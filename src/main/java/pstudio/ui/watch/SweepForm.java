package pstudio.ui.watch;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The small form of "Sweep": how many times each batch size runs (the fastest run counts), with the
 * batch sizes and the number of dispatches that makes, so the person sees how long they are asking for.
 */
final class SweepForm {
    static final int MIN_REPEATS = 1;
    static final int MAX_REPEATS = 10;
    static final int DEFAULT_REPEATS = 3;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory repeatsValue =
            new SpinnerValueFactory.IntegerSpinnerValueFactory(MIN_REPEATS, MAX_REPEATS, DEFAULT_REPEATS);
    private final Spinner<Integer> repeats = new Spinner<>(repeatsValue);
    private final Label plan = new Label();
    private final ButtonType sweepButton = new ButtonType("Sweep", ButtonBar.ButtonData.OK_DONE);
    private final List<Integer> batchSizes;

    SweepForm(DispatchRow row, Window owner) {
        batchSizes = DispatchSweep.batchSizes(row.threads(), row.actors());
        dialog.initOwner(owner);
        dialog.setTitle("Sweep batch sizes");
        dialog.setHeaderText("Sweep '" + row.threadName() + "' (" + row.threads() + " threads) over batch sizes "
                + batchSizes.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", then serially");
        repeats.setId("sweep-repeats");
        repeats.setEditable(true);
        // typed text that is no count in range leaves the last good one when the arrows are used
        repeatsValue.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer typed = repeatsFrom(text);
                return typed == null ? repeatsValue.getValue() : typed;
            }
        });
        plan.setId("sweep-plan");
        plan.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Runs per batch size"), repeats);
        grid.add(plan, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(sweepButton, ButtonType.CANCEL);
        repeats.getEditor().textProperty().addListener((obs, was, now) -> describe(now));
        describe(repeats.getEditor().getText());
    }

    /** Shows the form and waits; the runs per batch size, or null when the person cancelled. */
    Integer ask() {
        ButtonType pressed = dialog.showAndWait().orElse(ButtonType.CANCEL);
        return pressed == sweepButton ? repeatsFrom(repeats.getEditor().getText()) : null;
    }

    /** A whole number from 1 to 10, or null. */
    static Integer repeatsFrom(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= MIN_REPEATS && n <= MAX_REPEATS ? n : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** What the typed count means, or why Sweep is disabled. */
    private void describe(String text) {
        Integer n = repeatsFrom(text);
        Node sweep = dialog.getDialogPane().lookupButton(sweepButton);
        sweep.setDisable(n == null);
        if (n == null) {
            plan.setText("Runs per batch size: a whole number from " + MIN_REPEATS + " to " + MAX_REPEATS + ".");
        } else {
            int dispatches = (batchSizes.size() + 1) * n;
            plan.setText("Each batch size runs " + (n == 1 ? "once" : n + " times") + " and the fastest run counts: "
                    + dispatches + " dispatches in all.");
        }
    }
}
