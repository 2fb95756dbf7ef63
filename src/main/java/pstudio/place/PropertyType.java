package pstudio.place;

/** The value types a property can hold, named as they are written in .place files. */
public enum PropertyType {
    BOOL("bool", Boolean.class),
    STRING("string", String.class),
    NUMBER("number", Double.class);

    private final String fileName;
    private final Class<?> javaType;

    PropertyType(String fileName, Class<?> javaType) {
        this.fileName = fileName;
        this.javaType = javaType;
    }

    public String fileName() {
        return fileName;
    }

    public Class<?> javaType() {
        return javaType;
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
            default:
                return text;
        }
    }

    /** Formats a value the way {@link #parse} reads it back. */
    public String format(Object value) {
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
