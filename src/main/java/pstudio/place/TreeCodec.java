package pstudio.place;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A compact binary form of an instance subtree: class, name, stored properties, attributes and
 * children, depth first. The run boundary sends a whole place this way (much faster than its XML) and every subtree a
 * run adds. Reading builds the tree in bulk, as the place reader does.
 */
public final class TreeCodec {
    private static final int MAX_DEPTH = 4_096;

    private TreeCodec() {
    }

    public static void write(Instance root, DataOutput out) throws IOException {
        writeString(out, root.getClassName());
        writeString(out, root.getName());
        Map<String, Object> values = root.storedValues();
        out.writeInt(values.size());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            writeString(out, e.getKey());
            writeValue(out, e.getValue());
        }
        Map<String, Object> attributes = root.storedAttributes();
        out.writeInt(attributes.size());
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            writeString(out, e.getKey());
            writeValue(out, e.getValue());
        }
        var children = root.childrenNow();
        out.writeInt(children.size());
        for (Instance child : children) {
            write(child, out);
        }
    }

    /** Reads a subtree written by {@link #write}; a DataModel root comes back as a DataModel. */
    public static Instance read(DataInput in) throws IOException {
        return read(in, 0);
    }

    private static Instance read(DataInput in, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("the tree is nested too deeply");
        }
        String className = readString(in);
        Instance instance;
        if ("DataModel".equals(className)) {
            instance = new DataModel();
        } else {
            InstanceClass c = InstanceClass.find(className);
            if (c == null) {
                throw new IOException("unknown class '" + className + "'");
            }
            instance = c.create();
        }
        instance.nameWhileBuilding(readString(in));
        int properties = in.readInt();
        for (int i = 0; i < properties; i++) {
            instance.storeWhileBuilding(readString(in), readValue(in));
        }
        int attributes = in.readInt();
        for (int i = 0; i < attributes; i++) {
            instance.storeAttributeWhileBuilding(readString(in), readValue(in));
        }
        int children = in.readInt();
        for (int i = 0; i < children; i++) {
            instance.appendWhileBuilding(read(in, depth + 1));
        }
        return instance;
    }

    /** A property value: a bool, string or number, as {@link PropertyType} allows. */
    public static void writeValue(DataOutput out, Object value) throws IOException {
        if (value instanceof Boolean b) {
            out.writeByte('b');
            out.writeBoolean(b);
        } else if (value instanceof Double d) {
            out.writeByte('n');
            out.writeDouble(d);
        } else {
            out.writeByte('s');
            writeString(out, String.valueOf(value));
        }
    }

    public static Object readValue(DataInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 'b' -> in.readBoolean();
            case 'n' -> in.readDouble();
            case 's' -> readString(in);
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    /** UTF-8 with an int length: {@link DataOutput#writeUTF} stops at 64 KB, and a script's Source may not. */
    public static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > PlaceFile.MAX_BYTES) {
            throw new IOException("a string of " + length + " bytes is out of bounds");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
