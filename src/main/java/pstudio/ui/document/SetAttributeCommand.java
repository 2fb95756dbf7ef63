package pstudio.ui.document;

import java.util.Objects;
import pstudio.place.Attributes;
import pstudio.place.Instance;

/** Sets, adds or (with null) deletes one attribute of one instance. */
public final class SetAttributeCommand implements PlaceCommand {
    private final Instance instance;
    private final String name;
    private final Object oldValue;
    private final Object newValue;
    private final String description;

    /** Checks the name first (Roblox's rules), so a bad one throws here with a sentence and nothing is stored. */
    public SetAttributeCommand(Instance instance, String name, Object newValue) {
        Attributes.checkName(name);
        this.instance = instance;
        this.name = name;
        this.oldValue = instance.GetAttributes().get(name);
        this.newValue = newValue;
        this.description = (newValue == null ? "Delete attribute " : oldValue == null ? "Add attribute " : "Set attribute ")
                + name + " of " + instance.getName();
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
        instance.SetAttribute(name, newValue);
    }

    @Override
    public void revert() {
        instance.SetAttribute(name, oldValue);
    }
}
