package pstudio.ui.explorer;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import pstudio.ui.theme.ThemedControls;
import pstudio.place.InstanceClass;
import pstudio.ui.icons.Icons;

/**
 * Insert Object: a small window with a filter field over the creatable classes, as in Roblox
 * Studio. Typing filters the list, the arrow keys pick, Enter or a double click inserts, Esc closes.
 */
final class InsertObjectDialog {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final TextField filterField = TextFields.createClearableTextField();
    private final FilteredList<InstanceClass> classes =
            new FilteredList<>(FXCollections.observableArrayList(InstanceClass.creatableClasses()));
    private final ListView<InstanceClass> list = new ListView<>(classes);
    private final Consumer<String> insert;

    InsertObjectDialog(Window owner, Consumer<String> insert) {
        this.insert = insert;
        stage.initOwner(owner);
        stage.setTitle("Insert Object");
        filterField.setPromptText("Search classes");
        filterField.getStyleClass().add("insert-object-filter");
        ThemedControls.applyTo(filterField);
        filterField.textProperty().addListener((obs, was, now) -> {
            String needle = now.strip().toLowerCase(Locale.ROOT);
            classes.setPredicate(c -> c.name().toLowerCase(Locale.ROOT).contains(needle));
            list.getSelectionModel().selectFirst();
        });
        list.getStyleClass().add("insert-object-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(InstanceClass type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.name());
                setGraphic(empty || type == null ? null : Icons.forClass(type.name()));
            }
        });
        list.setPrefHeight(220);
        list.getSelectionModel().selectFirst();
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
        VBox content = new VBox(6, filterField, list);
        content.setStyle("-fx-padding: 8; -fx-background-color: -color-bg-overlay; -fx-border-color: -color-border-default;");
        Scene scene = new Scene(content, 260, 280);
        // the arrows move through the list while the caret stays in the filter field
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                stage.hide();
            }
        });
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> choose();
            case ESCAPE -> stage.hide();
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void choose() {
        InstanceClass chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        stage.hide();
        insert.accept(chosen.name());
    }

    void show() {
        filterField.clear();
        list.getSelectionModel().selectFirst();
        stage.show();
        filterField.requestFocus();
    }
}
