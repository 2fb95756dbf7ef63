package pstudio.ui.properties;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import pstudio.place.PropertyType;

/**
 * One row of the Properties sheet. Its value is a copy of the instance's, refreshed when the place
 * changes, so the editors follow undo and renames made elsewhere.
 */
abstract class PropertyRow implements PropertySheet.Item {
    private final String key;
    private final String name;
    private final String description;
    private final PropertyType type;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();

    PropertyRow(String key, String name, String description, PropertyType type) {
        this.key = key;
        this.name = name;
        this.description = description;
        this.type = type;
    }

    /** A name without spaces, for the editor's node id ({@code property-FullName}). */
    String key() {
        return key;
    }

    PropertyType propertyType() {
        return type;
    }

    /** The value as the instance has it now. */
    abstract Object read();

    void refresh() {
        value.set(read());
    }

    /** The value as its editor shows it. */
    String text() {
        Object v = value.get();
        return v == null ? "" : type.format(v);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getCategory() {
        return "Properties";
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Class<?> getType() {
        return type.javaType();
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.of(value);
    }

    ObservableValue<Object> valueProperty() {
        return value;
    }
}
