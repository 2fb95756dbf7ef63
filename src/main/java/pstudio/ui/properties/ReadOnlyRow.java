package pstudio.ui.properties;

import java.util.function.Supplier;
import pstudio.place.PropertyType;

/** A row the user can read and select but not change: ClassName, the full name. */
final class ReadOnlyRow extends PropertyRow {
    private final Supplier<String> source;

    ReadOnlyRow(String key, String name, String description, Supplier<String> source) {
        super(key, name, description, PropertyType.STRING);
        this.source = source;
        refresh();
    }

    @Override
    Object read() {
        return source.get();
    }

    @Override
    public void setValue(Object value) {
        throw new UnsupportedOperationException(getName() + " is read-only");
    }

    @Override
    public boolean isEditable() {
        return false;
    }
}
