package pstudio.place;

/** One property of an instance class: its name, type, default and whether users may edit it. */
public record PropertyInfo(String name, PropertyType type, Object defaultValue, boolean readOnly) {
}
