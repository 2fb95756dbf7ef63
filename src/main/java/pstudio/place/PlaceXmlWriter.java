package pstudio.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a place as .place XML. Written by hand rather than with an XMLStreamWriter because the
 * bytes must be exactly the same every time (so an unchanged place saves unchanged and diffs stay
 * small), and because carriage returns and {@code ]]>} need escaping that a generic writer does not do.
 */
final class PlaceXmlWriter {
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private PlaceXmlWriter() {
    }

    /** @throws IllegalArgumentException if a name or value holds a character XML 1.0 cannot carry */
    static String write(DataModel place) {
        PlaceXmlWriter writer = new PlaceXmlWriter();
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.out.append("<place format=\"").append(PlaceFile.FORMAT_VERSION).append("\">\n");
        for (Instance service : place.childrenNow()) {
            writer.item(service, 1);
        }
        writer.out.append("</place>\n");
        return writer.out.toString();
    }

    private void item(Instance instance, int depth) {
        indent(depth);
        out.append("<Item class=\"").append(instance.getClassName()).append("\" name=\"")
                .append(attribute(instance, InstanceClass.NAME, instance.getName())).append('"');
        List<PropertyInfo> properties = writtenProperties(instance);
        List<Instance> children = instance.childrenNow();
        boolean isScript = instance instanceof LuaSourceContainer;
        Map<String, Object> attributes = instance.storedAttributes();
        if (properties.isEmpty() && attributes.isEmpty() && !isScript && children.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (PropertyInfo property : properties) {
            property(instance, property, depth + 1);
        }
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            attribute(instance, a.getKey(), a.getValue(), depth + 1);
        }
        if (isScript) {
            indent(depth + 1);
            String source = ((LuaSourceContainer) instance).getSource();
            out.append("<Source>").append(cdata(instance, source)).append("</Source>\n");
        }
        for (Instance child : children) {
            item(child, depth + 1);
        }
        indent(depth);
        out.append("</Item>\n");
    }

    /** The properties that differ from their defaults; Name and Source have places of their own. */
    private static List<PropertyInfo> writtenProperties(Instance instance) {
        List<PropertyInfo> written = new ArrayList<>(0); // a loop, not a stream: this runs once per instance
        for (PropertyInfo p : instance.instanceClass().properties()) {
            if (!p.name().equals(InstanceClass.NAME) && !p.name().equals(InstanceClass.SOURCE)
                    && !Objects.equals(instance.getProperty(p.name()), p.defaultValue())) {
                written.add(p);
            }
        }
        return written;
    }

    private void property(Instance instance, PropertyInfo property, int depth) {
        String name = property.name();
        String value = property.type().format(instance.getProperty(name));
        indent(depth);
        out.append("<Property name=\"").append(name).append("\" type=\"").append(property.type().fileName())
                .append("\">").append(text(instance, name, value)).append("</Property>\n");
    }

    /** An attribute's name is letters, digits and underscores: it needs no escaping. */
    private void attribute(Instance instance, String name, Object value, int depth) {
        PropertyType type = PropertyType.ofValue(value);
        indent(depth);
        out.append("<Attribute name=\"").append(name).append("\" type=\"").append(type.fileName())
                .append("\">").append(text(instance, "attribute " + name, type.format(value))).append("</Attribute>\n");
    }

    private void indent(int depth) {
        out.append(INDENT.repeat(depth));
    }

    /** Tabs and line breaks become character references: parsers would turn them into spaces. */
    private static String attribute(Instance owner, String property, String value) {
        if (isPlain(value)) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            requireStorable(owner, property, c);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** A carriage return becomes a reference: parsers turn a literal one into a line feed. */
    private static String text(Instance owner, String property, String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            requireStorable(owner, property, c);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * Source goes in CDATA so scripts stay readable in the file. A {@code ]]>} would end the section,
     * so the section is closed between {@code ]]} and {@code >}; a carriage return goes between
     * sections as a reference, as parsers turn a literal one into a line feed even inside CDATA.
     */
    private static String cdata(Instance owner, String source) {
        StringBuilder b = new StringBuilder(source.length() + 12).append("<![CDATA[");
        for (int i = 0; i < source.length(); ) {
            int c = source.codePointAt(i);
            requireStorable(owner, InstanceClass.SOURCE, c);
            if (c == '\r') {
                b.append("]]>&#13;<![CDATA[");
            } else if (c == '>' && source.startsWith("]]", i - 2)) {
                b.append("]]><![CDATA[>");
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.append("]]>").toString();
    }

    /** Most names need no escaping and hold no character to check: printable ASCII without markup. */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '&' || c == '<' || c == '>' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /** XML 1.0 has no way, not even a reference, to carry other control characters or lone surrogates. */
    private static void requireStorable(Instance owner, String property, int c) {
        boolean storable = c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!storable) {
            throw new IllegalArgumentException(String.format(
                    "%s of %s contains the character U+%04X, which a .place file cannot store",
                    property, owner.describe(), c));
        }
    }
}
