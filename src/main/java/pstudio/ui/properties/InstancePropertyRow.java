package pstudio.ui.properties;

import pstudio.place.Instance;
import pstudio.place.PropertyInfo;
import pstudio.place.PropertyType;

/**
 * A property of the instance's class (Name, Disabled...). A new value goes to the panel as one
 * undoable command; if the panel refuses it, the row keeps showing the instance's current value.
 */
final class InstancePropertyRow extends PropertyRow {
    /** Where edits go: {@code apply} stores a value as an undoable step or tells the user why not. */
    interface Edits {
        void apply(Instance instance, String property, Object value);

        void refuse(String sentence);
    }

    private final Instance instance;
    private final PropertyInfo info;
    private final boolean editable;
    private final Edits edits;

    InstancePropertyRow(Instance instance, PropertyInfo info, String description, boolean editable, Edits edits) {
        super(info.name(), info.name(), description, info.type());
        this.instance = instance;
        this.info = info;
        this.editable = editable && !info.readOnly();
        this.edits = edits;
        refresh();
    }

    @Override
    Object read() {
        return instance.getProperty(info.name());
    }

    /** Takes the typed value: a Boolean from a check box, or text, which is parsed for number properties. */
    @Override
    public void setValue(Object value) {
        Object typed = value;
        if (value instanceof String text && info.type() == PropertyType.NUMBER) {
            try {
                typed = PropertyType.NUMBER.parse(text);
            } catch (IllegalArgumentException e) {
                edits.refuse(info.name() + ": " + e.getMessage());
                return;
            }
        }
        edits.apply(instance, info.name(), typed);
        refresh();
    }

    @Override
    public boolean isEditable() {
        return editable;
    }
}
