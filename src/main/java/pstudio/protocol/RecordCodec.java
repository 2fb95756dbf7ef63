package pstudio.protocol;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.RunEvent;
import pstudio.engine.RunTelemetry;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.place.TreeCodec;

/**
 * Writes the run's lifecycle events and telemetry, which are plain records, field by field in
 * declaration order, each behind a tag: its index in {@link #TYPES}. Adding, removing or reordering a
 * type or a field changes the frames, so it goes with a new {@link ProtocolVersion#CURRENT}.
 * Components may be primitives, strings, enums, registered records and lists of those.
 */
final class RecordCodec {
    private static final List<Class<? extends Record>> TYPES = List.of(
            RunEvent.ScriptStarted.class, RunEvent.ScriptEnded.class, RunEvent.ScriptErrored.class,
            RunEvent.ActorCreated.class, RunEvent.ActorDestroyed.class,
            ParallelizerEvent.SchedulerCreated.class, ParallelizerEvent.SchedulerDestroyed.class,
            ParallelizerEvent.DispatchStarted.class, ParallelizerEvent.DispatchEnded.class,
            ParallelizerEvent.ThreadFailed.class, ParallelizerEvent.CrashChain.class, ParallelizerEvent.ChainLink.class,
            TelemetrySnapshot.class, TelemetrySnapshot.ActorSample.class, DispatchProgress.class,
            WorkSpan.class, RunTelemetry.Worker.class);

    private record Shape(int tag, RecordComponent[] components, MethodHandle[] getters, MethodHandle constructor) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new HashMap<>();
    private static final List<Shape> BY_TAG = new ArrayList<>();

    static {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Class<? extends Record> type : TYPES) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                MethodHandle[] getters = new MethodHandle[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    getters[i] = lookup.unreflect(components[i].getAccessor());
                    types[i] = components[i].getType();
                }
                Shape shape = new Shape(BY_TAG.size(), components, getters,
                        lookup.unreflectConstructor(type.getDeclaredConstructor(types)));
                SHAPES.put(type, shape);
                BY_TAG.add(shape);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private RecordCodec() {
    }

    static boolean canWrite(Object value) {
        return SHAPES.containsKey(value.getClass());
    }

    static void write(DataOutputStream out, Record value) throws IOException {
        Shape shape = SHAPES.get(value.getClass());
        if (shape == null) {
            throw new IllegalArgumentException("no frame layout for " + value.getClass().getSimpleName());
        }
        out.writeShort(shape.tag());
        try {
            for (int i = 0; i < shape.components().length; i++) {
                writeValue(out, shape.components()[i], shape.getters()[i].invoke(value));
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static Record read(DataInputStream in) throws IOException {
        int tag = in.readShort();
        if (tag < 0 || tag >= BY_TAG.size()) {
            throw new ProtocolException("the engine sent a record of unknown kind " + tag);
        }
        Shape shape = BY_TAG.get(tag);
        Object[] args = new Object[shape.components().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = readValue(in, shape.components()[i]);
        }
        try {
            return (Record) shape.constructor().invokeWithArguments(args);
        } catch (RuntimeException e) {
            throw new ProtocolException("the engine sent an invalid record: " + e.getMessage());
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void writeValue(DataOutputStream out, RecordComponent component, Object value) throws IOException {
        Class<?> type = component.getType();
        if (type == int.class) {
            out.writeInt((Integer) value);
        } else if (type == long.class) {
            out.writeLong((Long) value);
        } else if (type == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (type == double.class) {
            out.writeDouble((Double) value);
        } else if (type == String.class) {
            writeNullable(out, (String) value);
        } else if (type.isEnum()) {
            out.writeShort(value == null ? -1 : ((Enum<?>) value).ordinal());
        } else if (type == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            boolean strings = elementType(component) == String.class;
            for (Object element : list) {
                if (strings) {
                    writeNullable(out, (String) element);
                } else {
                    write(out, (Record) element);
                }
            }
        } else {
            write(out, (Record) value);
        }
    }

    private static Object readValue(DataInputStream in, RecordComponent component) throws IOException {
        Class<?> type = component.getType();
        if (type == int.class) {
            return in.readInt();
        } else if (type == long.class) {
            return in.readLong();
        } else if (type == boolean.class) {
            return in.readBoolean();
        } else if (type == double.class) {
            return in.readDouble();
        } else if (type == String.class) {
            return readNullable(in);
        } else if (type.isEnum()) {
            int ordinal = in.readShort();
            Object[] constants = type.getEnumConstants();
            if (ordinal >= constants.length) {
                throw new ProtocolException("the engine sent an unknown " + type.getSimpleName() + " " + ordinal);
            }
            return ordinal < 0 ? null : constants[ordinal];
        } else if (type == List.class) {
            int n = in.readInt();
            if (n < 0) {
                throw new ProtocolException("a list of " + n + " elements is out of bounds");
            }
            boolean strings = elementType(component) == String.class;
            List<Object> list = new ArrayList<>(Math.min(n, 4_096));
            for (int i = 0; i < n; i++) {
                list.add(strings ? readNullable(in) : read(in));
            }
            return list;
        }
        return read(in);
    }

    private static Class<?> elementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            TreeCodec.writeString(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? TreeCodec.readString(in) : null;
    }
}
