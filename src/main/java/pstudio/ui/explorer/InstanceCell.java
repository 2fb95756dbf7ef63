package pstudio.ui.explorer;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.util.Duration;
import pstudio.place.Instance;
import pstudio.ui.icons.Icons;

/**
 * One row of the Explorer: class icon and name; inline rename; a slow second click on a selected
 * row renames it, a double click opens a script; rows are drag sources and drop targets.
 */
final class InstanceCell extends TreeCell<Instance> {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    /** Longer than a double click, so the second click of a double click never starts a rename. */
    private static final Duration SLOW_CLICK = Duration.millis(700);

    private final ExplorerView view;
    private final PauseTransition slowClick = new PauseTransition(SLOW_CLICK);
    private boolean selectedBeforePress;
    private Instance slowClickTarget;
    private TextField nameField;
    private boolean committing;

    InstanceCell(ExplorerView view) {
        this.view = view;
        getStyleClass().add("instance-cell");
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> selectedBeforePress = isSelected()
                && getTreeView().getSelectionModel().getSelectedItems().size() == 1);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        slowClick.setOnFinished(e -> {
            if (isSelected() && getItem() != null && getItem() == slowClickTarget) {
                view.startRename(getItem());
            }
        });
        setOnDragDetected(e -> {
            if (getItem() != null && view.startDrag(getItem())) {
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().GetFullName());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            String refusal = getItem() == null ? "" : view.dragOver(getItem());
            if (refusal == null) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            pseudoClassStateChanged(DROP_TARGET, refusal == null);
            pseudoClassStateChanged(DROP_REFUSED, refusal != null && !refusal.isEmpty());
            e.consume();
        });
        setOnDragExited(e -> {
            pseudoClassStateChanged(DROP_TARGET, false);
            pseudoClassStateChanged(DROP_REFUSED, false);
            view.hideDropHint();
        });
        setOnDragDropped(e -> {
            e.setDropCompleted(getItem() != null && view.drop(getItem()));
            e.consume();
        });
        setOnDragDone(e -> view.endDrag());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || getItem() == null) {
            return;
        }
        if (e.getClickCount() == 2) {
            slowClick.stop();
            view.open(getItem());
        } else if (e.getClickCount() == 1 && selectedBeforePress && !isEditing()) {
            slowClickTarget = getItem();
            slowClick.playFromStart();
        }
    }

    @Override
    protected void updateItem(Instance instance, boolean empty) {
        super.updateItem(instance, empty);
        if (empty || instance == null) {
            setText(null);
            setGraphic(null);
        } else if (isEditing()) {
            showField(instance);
        } else {
            setText(instance.getName());
            setGraphic(Icons.forClass(instance.getClassName()));
        }
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing() && getItem() != null) {
            showField(getItem());
            nameField.selectAll();
            nameField.requestFocus();
        }
    }

    private void showField(Instance instance) {
        if (nameField == null) {
            nameField = new TextField();
            nameField.getStyleClass().add("rename-field");
            nameField.setOnKeyPressed(k -> {
                if (k.getCode() == KeyCode.ENTER) {
                    commitName();
                    k.consume();
                } else if (k.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    k.consume();
                }
            });
            // leaving the field keeps what was typed, as in Roblox Studio
            nameField.focusedProperty().addListener((obs, was, now) -> {
                if (!now && isEditing()) {
                    commitName();
                }
            });
        }
        nameField.setText(instance.getName());
        setText(null);
        setGraphic(nameField);
    }

    private void commitName() {
        if (committing || getItem() == null) {
            return;
        }
        committing = true;
        try {
            Instance instance = getItem();
            String typed = nameField.getText();
            cancelEdit();
            view.rename(instance, typed);
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), getItem() == null);
        getTreeView().requestFocus();
    }
}
