package pstudio.ui.properties;

import pstudio.place.Instance;
import pstudio.place.PropertyType;

/**
 * One attribute of the shown instance, with its datatype's editor: a check box for a boolean,
 * text for the rest (a Vector2, Vector3 or Color3 as its numbers separated by commas).
 */
final class AttributeRow extends PropertyRow {
    /** Where an attribute edit goes: stored as an undoable step, or refused with a sentence. */
    interface Edits {
        void apply(Instance instance, String attribute, Object value);

        void refuse(String sentence);
    }

    private final Instance instance;
    private final String attribute;
    private final boolean editable;
    private final Edits edits;

    AttributeRow(Instance instance, String attribute, PropertyType type, boolean editable, Edits edits) {
        super("attribute-" + attribute, attribute, "An attribute (" + type.fileName() + "); scripts read it with GetAttribute",
                type);
        this.instance = instance;
        this.attribute = attribute;
        this.editable = editable;
        this.edits = edits;
        refresh();
    }

    @Override
    Object read() {
        return instance.GetAttributes().get(attribute);
    }

    String attribute() {
        return attribute;
    }

    @Override
    public String getCategory() {
        return "Attributes";
    }

    @Override
    public void setValue(Object value) {
        Object typed = value;
        if (value instanceof String text && propertyType() != PropertyType.STRING) {
            try {
                typed = propertyType().parse(text);
            } catch (IllegalArgumentException e) {
                edits.refuse(attribute + ": " + e.getMessage());
                refresh();
                return;
            }
        }
        edits.apply(instance, attribute, typed);
        refresh();
    }

    @Override
    public boolean isEditable() {
        return editable;
    }
}
