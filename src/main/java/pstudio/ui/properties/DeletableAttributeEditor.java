package pstudio.ui.properties;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * An editable attribute's editor with its own Delete beside it, as Roblox Studio puts one on each
 * attribute row (the add bar only adds).
 */
final class DeletableAttributeEditor implements PropertyEditor<Object> {
    private final PropertyEditor<Object> inner;
    private final HBox box;

    @SuppressWarnings("unchecked")
    DeletableAttributeEditor(PropertyEditor<?> inner, String attribute, Runnable delete) {
        this.inner = (PropertyEditor<Object>) inner;
        Node editor = inner.getEditor();
        HBox.setHgrow(editor, Priority.ALWAYS);
        Button button = new Button("\u2715");
        button.setId("attribute-delete-" + attribute);
        button.getStyleClass().addAll("flat", "attribute-delete");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip("Delete the attribute " + attribute));
        button.setOnAction(e -> delete.run());
        box = new HBox(2, editor, button);
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return inner.getValue();
    }

    @Override
    public void setValue(Object value) {
        inner.setValue(value);
    }
}
