package pstudio.place;

/**
 * The value types a property or attribute can hold, named as they are written in .place files.
 * The datatypes ({@code Vector3}, ...) are for attributes, written as their numbers:
 * {@code 1, 2, 3}.
 */
public enum PropertyType {
    BOOL("bool", Boolean.class, 0),
    STRING("string", String.class, 0),
    NUMBER("number", Double.class, 0),
    VECTOR2("Vector2", DatatypeValue.class, 2),
    VECTOR3("Vector3", DatatypeValue.class, 3),
    COLOR3("Color3", DatatypeValue.class, 3),
    CFRAME("CFrame", DatatypeValue.class, 12);

    private final String fileName;
    private final Class<?> javaType;
    /** How many numbers a datatype has; 0 for the plain types. */
    private final int components;

    PropertyType(String fileName, Class<?> javaType, int components) {
        this.fileName = fileName;
        this.javaType = javaType;
        this.components = components;
    }

    public String fileName() {
        return fileName;
    }

    public Class<?> javaType() {
        return javaType;
    }

    /** Vector2, Vector3, Color3 or CFrame: for attributes, not for any class's properties. */
    public boolean isDatatype() {
        return components > 0;
    }

    public static PropertyType fromFileName(String name) {
        for (PropertyType t : values()) {
            if (t.fileName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The type that holds {@code value} as it is (a number of any kind is a NUMBER), or null. */
    public static PropertyType ofValue(Object value) {
        if (value instanceof Boolean) {
            return BOOL;
        }
        if (value instanceof CharSequence) {
            return STRING;
        }
        if (value instanceof DatatypeValue d) {
            PropertyType t = fromFileName(d.typeName());
            return t != null && t.components > 0 ? t : null;
        }
        return value instanceof Number ? NUMBER : null;
    }

    /** Converts a script or editor value to this type, or throws with a sentence a user can act on. */
    public Object coerce(String property, Object value) {
        switch (this) {
            case BOOL:
                if (value instanceof Boolean) {
                    return value;
                }
                break;
            case STRING:
                if (value instanceof CharSequence) {
                    return value.toString();
                }
                break;
            case NUMBER:
                if (value instanceof Number) {
                    return ((Number) value).doubleValue();
                }
                break;
            default:
                // a datatype is immutable: the value itself is stored
                if (value instanceof DatatypeValue d && d.typeName().equals(fileName)) {
                    return value;
                }
                break;
        }
        String got = value == null ? "nil" : value.getClass().getSimpleName();
        throw new InstanceException(property + " must be a " + fileName + ", not " + got);
    }

    /** Parses the text of a .place property element. */
    public Object parse(String text) {
        switch (this) {
            case BOOL:
                if ("true".equals(text)) {
                    return Boolean.TRUE;
                }
                if ("false".equals(text)) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("expected true or false, found '" + text + "'");
            case NUMBER:
                try {
                    return Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a number, found '" + text + "'");
                }
            case STRING:
                return text;
            default:
                return parseDatatype(text);
        }
    }

    private DatatypeValue parseDatatype(String text) {
        String[] parts = text.split(",");
        if (parts.length != components) {
            throw new IllegalArgumentException("a " + fileName + " is " + components + " numbers separated by commas,"
                    + " found '" + text + "'");
        }
        double[] numbers = new double[components];
        for (int i = 0; i < components; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a number, found '" + parts[i].trim() + "' in '" + text + "'");
            }
        }
        return new DatatypeValue.Plain(fileName, numbers);
    }

    /** Numbers as {@link #format} writes a NUMBER, separated by commas: a datatype's text in a file. */
    static String joined(double[] numbers) {
        StringBuilder out = new StringBuilder();
        for (double d : numbers) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(NUMBER.format(d));
        }
        return out.toString();
    }

    /** Formats a value the way {@link #parse} reads it back. */
    public String format(Object value) {
        if (components > 0) {
            return joined(((DatatypeValue) value).components());
        }
        if (this == NUMBER) {
            double d = (Double) value;
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        return String.valueOf(value);
    }
}
