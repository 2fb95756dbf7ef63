package pstudio.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import pstudio.place.Instance;
import pstudio.place.PropertyType;

/**
 * The Attributes section under the properties, as in Roblox Studio: the shown instance's
 * attributes with their editors, and for a place instance a Delete on each and a bar to add one
 * (name and type). A run instance's attributes are read-only.
 */
final class AttributesSection extends VBox {
    /** The types an attribute added here may have, with the value it starts with. */
    private static final Map<PropertyType, String> STARTS = Map.of(PropertyType.STRING, "", PropertyType.NUMBER, "0",
            PropertyType.BOOL, "false", PropertyType.VECTOR2, "0, 0", PropertyType.VECTOR3, "0, 0, 0",
            PropertyType.COLOR3, "1, 1, 1");

    private final PropertySheet sheet = new PropertySheet();
    private final Label none = new Label("No attributes");
    private final TextField name = new TextField();
    private final ComboBox<PropertyType> type = new ComboBox<>();
    private final HBox bar;
    private final AttributeRow.Edits edits;
    private final List<AttributeRow> rows = new ArrayList<>();
    private Instance shown;
    private boolean editable;

    AttributesSection(AttributeRow.Edits edits) {
        this.edits = edits;
        getStyleClass().add("properties-attributes");
        Label title = new Label("Attributes");
        title.getStyleClass().add("properties-header");
        title.setMaxWidth(Double.MAX_VALUE);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> item instanceof AttributeRow row && row.isEditable()
                ? new DeletableAttributeEditor(PropertyEditors.forItem(row), row.attribute(), () -> delete(row.attribute()))
                : PropertyEditors.forItem(item));
        none.getStyleClass().add("properties-placeholder");
        name.setId("attribute-name");
        name.setPromptText("Name");
        HBox.setHgrow(name, Priority.ALWAYS);
        type.setId("attribute-type");
        // the panel is narrow: the name gives way, the type and Add keep their words whole
        name.setMinWidth(60);
        type.setMinWidth(USE_PREF_SIZE);
        type.getItems().setAll(PropertyType.NUMBER, PropertyType.STRING, PropertyType.BOOL, PropertyType.VECTOR2,
                PropertyType.VECTOR3, PropertyType.COLOR3);
        type.setValue(PropertyType.NUMBER);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PropertyType t) {
                return t == null ? "" : t.fileName();
            }

            @Override
            public PropertyType fromString(String s) {
                return null;
            }
        });
        Button add = new Button("Add");
        add.setMinWidth(USE_PREF_SIZE);
        add.setTooltip(new javafx.scene.control.Tooltip("Add an attribute with this name and type"));
        add.setId("attribute-add");
        add.setOnAction(e -> add());
        bar = new HBox(4, name, type, add);
        getChildren().addAll(title, sheet, none, bar);
        show(null, false);
    }

    /** Shows an instance's attributes (null: none), editable or not. */
    void show(Instance instance, boolean editable) {
        shown = instance;
        this.editable = editable;
        rebuild();
    }

    /** Reads the attributes again: they may have been added, deleted or changed (an edit, an undo). */
    void rebuild() {
        rows.clear();
        if (shown != null) {
            shown.GetAttributes().forEach((attribute, value) -> {
                PropertyType t = PropertyType.ofValue(value);
                if (t != null) {
                    rows.add(new AttributeRow(shown, attribute, t, editable, edits));
                }
            });
        }
        sheet.getItems().setAll(rows);
        boolean any = !rows.isEmpty();
        sheet.setVisible(any);
        sheet.setManaged(any);
        none.setVisible(shown != null && !any);
        none.setManaged(shown != null && !any);
        bar.setVisible(shown != null && editable);
        bar.setManaged(shown != null && editable);
        setVisible(shown != null);
        setManaged(shown != null);
    }

    private void add() {
        String attribute = name.getText().trim();
        if (shown != null && shown.GetAttributes().containsKey(attribute)) {
            edits.refuse("There is already an attribute called " + attribute);
            return;
        }
        PropertyType t = type.getValue();
        change(attribute, t.parse(STARTS.get(t)));
    }

    private void delete(String attribute) {
        change(attribute, null);
    }

    private void change(String attribute, Object value) {
        if (shown != null) {
            edits.apply(shown, attribute, value);
            rebuild();
        }
    }
}
