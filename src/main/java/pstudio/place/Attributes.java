package pstudio.place;

import java.util.regex.Pattern;

/** Roblox's rules for attributes: which names an attribute may have and which values it may hold. */
public final class Attributes {
    private static final int MAX_NAME_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private Attributes() {
    }

    /** Throws with the rule a bad name breaks. */
    public static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new InstanceException("an attribute name cannot be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InstanceException("attribute name '" + name.substring(0, 20) + "...' is longer than "
                    + MAX_NAME_LENGTH + " characters");
        }
        if (!NAME.matcher(name).matches()) {
            throw new InstanceException("attribute name '" + name
                    + "' may hold only letters, digits and underscores");
        }
        if (name.startsWith("RBX")) {
            throw new InstanceException("attribute name '" + name + "' is reserved: names starting with RBX are Roblox's");
        }
    }

    /** The value as stored (a number becomes a double), null for nil (removes the attribute), or an error. */
    static Object stored(String name, Object value) {
        if (value == null) {
            return null;
        }
        PropertyType type = PropertyType.ofValue(value);
        if (type == null) {
            throw new InstanceException("attribute " + name + " can hold only a boolean, a number, a string or a"
                    + " datatype (Vector2, Vector3, Color3, CFrame)"
                    + kindOf(value));
        }
        return type.coerce(name, value);
    }

    /** What the refused value was, where the place model can tell without naming a Java class. */
    private static String kindOf(Object value) {
        if (value instanceof Instance i) {
            return ", not the instance " + i.GetFullName();
        }
        if (value instanceof java.util.Map || value instanceof java.util.List) {
            return ", not a table";
        }
        return "";
    }
}
