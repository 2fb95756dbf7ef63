package pstudio.ui.document;

import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.InstanceException;
import pstudio.place.PropertyInfo;

/** The editor's rules for values a user types, beyond the type checks of the place model. */
final class PropertyCheck {
    private PropertyCheck() {
    }

    static void validate(Instance instance, String property, Object value) {
        PropertyInfo info = instance.instanceClass().property(property);
        if (info == null) {
            throw new InstanceException(property + " is not a property of " + instance.getClassName());
        }
        if (info.readOnly()) {
            throw new InstanceException(property + " is read-only");
        }
        if (InstanceClass.NAME.equals(property) && (value == null || value.toString().isBlank())) {
            throw new InstanceException("A name cannot be empty");
        }
    }
}
