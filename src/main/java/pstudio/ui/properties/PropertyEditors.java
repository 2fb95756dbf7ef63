package pstudio.ui.properties;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import pstudio.place.PropertyType;

/**
 * Editors for the Properties sheet. ControlsFX's own text editor stores every keystroke, which
 * would make each letter an undo step and refuse a name while it is half typed; these commit on
 * Enter or when focus leaves (Escape puts the current value back), like Roblox Studio's.
 */
final class PropertyEditors {
    private PropertyEditors() {
    }

    static PropertyEditor<?> forItem(PropertySheet.Item item) {
        PropertyRow row = (PropertyRow) item;
        PropertyEditor<Object> editor = row.propertyType() == PropertyType.BOOL ? new CheckEditor(row)
                : row.isEditable() ? new TextEditor(row) : new ReadOnlyValue(row);
        editor.getEditor().setId("property-" + row.key());
        return editor;
    }

    /**
     * A value that cannot change: full-contrast text (WCAG AA in both themes, unlike a greyed field),
     * cut with an ellipsis when long, the whole value in a tooltip and Copy on right-click.
     */
    private static final class ReadOnlyValue implements PropertyEditor<Object> {
        private final PropertyRow row;
        private final Label label = new Label();
        private final Tooltip whole = new Tooltip();

        ReadOnlyValue(PropertyRow row) {
            this.row = row;
            label.getStyleClass().add("property-read-only");
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setEllipsisString("\u2026");
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setTooltip(whole);
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(row.text());
                Clipboard.getSystemClipboard().setContent(content);
            });
            label.setContextMenu(new ContextMenu(copy));
            show();
            row.valueProperty().addListener((obs, was, is) -> show());
        }

        private void show() {
            label.setText(row.text());
            whole.setText(row.text());
        }

        @Override
        public Node getEditor() {
            return label;
        }

        @Override
        public Object getValue() {
            return row.getValue();
        }

        @Override
        public void setValue(Object value) {
            show();
        }
    }

    private static final class TextEditor implements PropertyEditor<Object> {
        private final PropertyRow row;
        private final TextField field = new TextField();

        TextEditor(PropertyRow row) {
            this.row = row;
            field.setEditable(row.isEditable());
            field.getStyleClass().add(row.isEditable() ? "property-editable" : "property-read-only");
            field.setText(row.text());
            row.valueProperty().addListener((obs, was, is) -> field.setText(row.text()));
            if (row.isEditable()) {
                field.setOnAction(e -> commit());
                field.focusedProperty().addListener((obs, was, is) -> {
                    if (!is) {
                        commit();
                    }
                });
                field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        field.setText(row.text());
                        e.consume();
                    }
                });
            }
        }

        private void commit() {
            if (!field.getText().equals(row.text())) {
                row.setValue(field.getText());
                // after a refusal the field shows the value that is really stored
                field.setText(row.text());
            }
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            field.setText(row.text());
        }
    }

    private static final class CheckEditor implements PropertyEditor<Object> {
        private final PropertyRow row;
        private final CheckBox box = new CheckBox();

        CheckEditor(PropertyRow row) {
            this.row = row;
            box.setDisable(!row.isEditable());
            box.setSelected(Boolean.TRUE.equals(row.getValue()));
            row.valueProperty().addListener((obs, was, is) -> box.setSelected(Boolean.TRUE.equals(is)));
            box.setOnAction(e -> {
                row.setValue(box.isSelected());
                box.setSelected(Boolean.TRUE.equals(row.getValue()));
            });
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.isSelected();
        }

        @Override
        public void setValue(Object value) {
            box.setSelected(Boolean.TRUE.equals(value));
        }
    }
}
