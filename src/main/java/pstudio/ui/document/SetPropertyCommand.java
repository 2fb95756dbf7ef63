package pstudio.ui.document;

import java.util.Objects;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.InstanceException;

/** Sets one property (Name, Source, Disabled...) of one instance; a rename is this with Name. */
public final class SetPropertyCommand implements PlaceCommand {
    private final Instance instance;
    private final String property;
    private final Object oldValue;
    private final Object newValue;
    private final String description;

    /**
     * Checks the value first, so an invalid one throws here with a sentence and nothing is stored or
     * pushed on the undo stack: an unknown property (getProperty), a wrong type (coerce), a blank
     * name. The model itself refuses read-only properties when the command is applied.
     */
    public SetPropertyCommand(Instance instance, String property, Object newValue) {
        this.instance = instance;
        this.property = property;
        this.oldValue = instance.getProperty(property);
        // the model only refuses an empty name; a name of spaces is as useless in the Explorer
        if (InstanceClass.NAME.equals(property) && (newValue == null || newValue.toString().isBlank())) {
            throw new InstanceException("A name cannot be empty");
        }
        this.newValue = instance.instanceClass().property(property).type().coerce(property, newValue);
        this.description = describe(instance, property, this.newValue);
    }

    private static String describe(Instance instance, String property, Object newValue) {
        if (InstanceClass.NAME.equals(property)) {
            return "Rename " + instance.getName() + " to " + newValue;
        }
        if (InstanceClass.SOURCE.equals(property)) {
            return "Edit " + instance.getName();
        }
        return "Set " + property + " of " + instance.getName();
    }

    public boolean changesAnything() {
        return !Objects.equals(oldValue, newValue);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        instance.setProperty(property, newValue);
    }

    @Override
    public void revert() {
        instance.setProperty(property, oldValue);
    }
}
