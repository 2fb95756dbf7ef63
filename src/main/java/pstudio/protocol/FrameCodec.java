package pstudio.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.OutputDelivery;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunState;
import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.place.DataModel;
import pstudio.place.EditableImage;
import pstudio.place.ImageChange;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.place.TreeCodec;

/**
 * Frames of the engine protocol: an int length, a tag byte, then the fields in a fixed order.
 * Binary rather than JSON lines because a run's output and tree changes can reach hundreds of
 * thousands of frames a second, and a place of 100,000 instances is one frame (see the README's
 * figures). Writers are not thread-safe: each side has one writer thread per direction.
 */
public final class FrameCodec {
    private static final int MAX_FRAME = PlaceFile.MAX_BYTES * 2;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private final DataOutputStream body = new DataOutputStream(buffer);

    // ---- engine to client --------------------------------------------------------------------

    public void write(DataOutputStream out, EngineMessage message) throws IOException {
        buffer.reset();
        if (message instanceof EngineMessage.Ready m) {
            body.writeByte(1);
            body.writeLong(m.pid());
            body.writeBoolean(m.sandboxed());
        } else if (message instanceof EngineMessage.Output m) {
            body.writeByte(2);
            body.writeInt(m.messages().size());
            for (OutputMessage o : m.messages()) {
                writeOutput(o);
            }
        } else if (message instanceof EngineMessage.StateChanged m) {
            body.writeByte(3);
            body.writeByte(m.state().ordinal());
            body.writeLong(m.runNanos());
        } else if (message instanceof EngineMessage.InstanceAdded m) {
            body.writeByte(4);
            body.writeLong(m.parentId());
            body.writeInt(m.index());
            body.writeLong(m.firstId());
            TreeCodec.write(m.subtree(), body);
        } else if (message instanceof EngineMessage.InstanceMoved m) {
            body.writeByte(5);
            body.writeLong(m.id());
            body.writeLong(m.parentId());
            body.writeInt(m.index());
        } else if (message instanceof EngineMessage.InstanceDetached m) {
            body.writeByte(6);
            body.writeLong(m.id());
        } else if (message instanceof EngineMessage.InstanceDestroyed m) {
            body.writeByte(7);
            body.writeLong(m.id());
        } else if (message instanceof EngineMessage.PropertyChanged m) {
            body.writeByte(8);
            body.writeLong(m.id());
            TreeCodec.writeString(body, m.property());
            TreeCodec.writeValue(body, m.value());
        } else if (message instanceof EngineMessage.Lifecycle m) {
            body.writeByte(10);
            RecordCodec.write(body, m.event());
        } else if (message instanceof EngineMessage.Telemetry m) {
            body.writeByte(11);
            RecordCodec.write(body, m.snapshot());
            body.writeInt(m.spans().size());
            for (WorkSpan span : m.spans()) {
                writeSpan(span);
            }
            body.writeLong(m.spansLost());
            body.writeInt(m.workers().size());
            for (RunTelemetry.Worker w : m.workers()) {
                RecordCodec.write(body, w);
            }
            body.writeLong(m.heapUsedBytes());
            body.writeLong(m.heapLimitBytes());
        } else if (message instanceof EngineMessage.DispatchAgainResult m) {
            body.writeByte(12);
            body.writeLong(m.dispatchId());
            body.writeLong(m.newDispatchId());
            writeNullable(m.error());
        } else if (message instanceof EngineMessage.ScriptsStarted m) {
            body.writeByte(13);
            body.writeLong(m.runNanos());
        } else if (message instanceof EngineMessage.Busy m) {
            body.writeByte(14);
            body.writeBoolean(m.quiescent());
            writePlain(m.locations());
        } else if (message instanceof EngineMessage.Statistics m) {
            body.writeByte(15);
            body.writeInt(m.workers());
            writePlain(m.report());
        } else if (message instanceof EngineMessage.ImageChanged m) {
            body.writeByte(16);
            body.writeLong(m.id());
            writeImage(m.change());
        } else if (message instanceof EngineMessage.Ended m) {
            body.writeByte(9);
            body.writeBoolean(m.clean());
            writeNullable(m.problem());
        } else {
            throw new IllegalArgumentException("no frame for " + message);
        }
        flushFrame(out);
    }

    /** The next message, or null at the end of the stream. */
    public EngineMessage readEngineMessage(DataInputStream in) throws IOException {
        DataInputStream f = nextFrame(in);
        if (f == null) {
            return null;
        }
        int tag = f.readByte();
        return switch (tag) {
            case 1 -> new EngineMessage.Ready(f.readLong(), f.readBoolean());
            case 2 -> {
                int n = f.readInt();
                List<OutputMessage> messages = new ArrayList<>(Math.min(n, 4_096));
                for (int i = 0; i < n; i++) {
                    messages.add(readOutput(f));
                }
                yield new EngineMessage.Output(messages);
            }
            case 3 -> new EngineMessage.StateChanged(RunState.values()[f.readByte()], f.readLong());
            case 4 -> new EngineMessage.InstanceAdded(f.readLong(), f.readInt(), f.readLong(), TreeCodec.read(f));
            case 5 -> new EngineMessage.InstanceMoved(f.readLong(), f.readLong(), f.readInt());
            case 6 -> new EngineMessage.InstanceDetached(f.readLong());
            case 7 -> new EngineMessage.InstanceDestroyed(f.readLong());
            case 8 -> new EngineMessage.PropertyChanged(f.readLong(), TreeCodec.readString(f), TreeCodec.readValue(f));
            case 9 -> new EngineMessage.Ended(f.readBoolean(), readNullable(f));
            case 10 -> new EngineMessage.Lifecycle(RecordCodec.read(f));
            case 11 -> readTelemetry(f);
            case 12 -> new EngineMessage.DispatchAgainResult(f.readLong(), f.readLong(), readNullable(f));
            case 13 -> new EngineMessage.ScriptsStarted(f.readLong());
            case 14 -> {
                boolean quiescent = f.readBoolean();
                yield new EngineMessage.Busy(readPlain(f, List.class), quiescent);
            }
            case 15 -> new EngineMessage.Statistics(f.readInt(), readPlain(f, Map.class));
            case 16 -> new EngineMessage.ImageChanged(f.readLong(), readImage(f));
            default -> throw new ProtocolException("the engine sent a message of unknown kind " + tag);
        };
    }

    // ---- client to engine --------------------------------------------------------------------

    public void write(DataOutputStream out, ClientCommand command) throws IOException {
        buffer.reset();
        if (command instanceof ClientCommand.StartRun c) {
            body.writeByte(1);
            body.writeInt(c.workers());
            body.writeByte(c.delivery().ordinal());
            body.writeBoolean(c.treeChanges());
            TreeCodec.write(c.place(), body);
        } else if (command instanceof ClientCommand.CancelDispatch c) {
            body.writeByte(3);
            body.writeLong(c.dispatchId());
        } else if (command instanceof ClientCommand.DispatchAgain c) {
            body.writeByte(4);
            body.writeLong(c.dispatchId());
            body.writeInt(c.threadCount());
            body.writeInt(c.batchSize());
        } else if (command instanceof ClientCommand.ReportBusy c) {
            body.writeByte(5);
        } else if (command instanceof ClientCommand.Stop c) {
            body.writeByte(2);
        } else {
            throw new IllegalArgumentException("no frame for " + command);
        }
        flushFrame(out);
    }

    /** The next command, or null at the end of the stream. */
    public ClientCommand readCommand(DataInputStream in) throws IOException {
        DataInputStream f = nextFrame(in);
        if (f == null) {
            return null;
        }
        int tag = f.readByte();
        return switch (tag) {
            case 1 -> {
                int workers = f.readInt();
                int delivery = f.readByte();
                if (delivery < 0 || delivery >= OutputDelivery.values().length) {
                    throw new ProtocolException("the client asked for an unknown output delivery " + delivery);
                }
                boolean treeChanges = f.readBoolean();
                Instance place = TreeCodec.read(f);
                if (!(place instanceof DataModel model)) {
                    throw new ProtocolException("the place to run is not a whole place");
                }
                yield new ClientCommand.StartRun(model, workers, OutputDelivery.values()[delivery], treeChanges);
            }
            case 2 -> new ClientCommand.Stop();
            case 3 -> new ClientCommand.CancelDispatch(f.readLong());
            case 4 -> new ClientCommand.DispatchAgain(f.readLong(), f.readInt(), f.readInt());
            case 5 -> new ClientCommand.ReportBusy();
            default -> throw new ProtocolException("the client sent a command of unknown kind " + tag);
        };
    }

    // ---- framing -----------------------------------------------------------------------------

    /** Writes the frame; the caller flushes {@code out} when it has sent what belongs together. */
    private void flushFrame(DataOutputStream out) throws IOException {
        body.flush();
        out.writeInt(buffer.size());
        buffer.writeTo(out);
    }

    private static DataInputStream nextFrame(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length < 1 || length > MAX_FRAME) {
            throw new ProtocolException("a frame of " + length + " bytes is out of bounds");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** Spans are the bulk of telemetry, so they go as bare fields rather than tagged records. */
    private void writeSpan(WorkSpan s) throws IOException {
        body.writeInt(s.worker());
        body.writeInt(s.actorId());
        body.writeLong(s.dispatchId());
        body.writeInt(s.firstId());
        body.writeInt(s.lastId());
        body.writeLong(s.startNanos());
        body.writeLong(s.endNanos());
        body.writeBoolean(s.failed());
        body.writeByte(s.kind().ordinal());
    }

    /** The pixels go as one block of bytes: a million {@code writeInt} calls would cost more than the frame's copy. */
    private void writeImage(ImageChange c) throws IOException {
        body.writeInt(c.imageWidth());
        body.writeInt(c.imageHeight());
        body.writeInt(c.x());
        body.writeInt(c.y());
        body.writeInt(c.width());
        body.writeInt(c.height());
        body.writeBoolean(c.resized());
        ByteBuffer bytes = ByteBuffer.allocate(c.argb().length * Integer.BYTES);
        bytes.asIntBuffer().put(c.argb());
        body.write(bytes.array());
    }

    private static ImageChange readImage(DataInputStream f) throws IOException {
        int imageWidth = f.readInt();
        int imageHeight = f.readInt();
        int x = f.readInt();
        int y = f.readInt();
        int w = f.readInt();
        int h = f.readInt();
        boolean resized = f.readBoolean();
        if (w < 0 || h < 0 || (long) w * h > (long) EditableImage.MAX_SIDE * EditableImage.MAX_SIDE) {
            throw new ProtocolException("the engine sent an image block of " + w + " by " + h + " pixels");
        }
        byte[] bytes = new byte[w * h * Integer.BYTES];
        f.readFully(bytes);
        int[] argb = new int[w * h];
        ByteBuffer.wrap(bytes).asIntBuffer().get(argb);
        return new ImageChange(imageWidth, imageHeight, x, y, w, h, argb, resized);
    }

    private static EngineMessage.Telemetry readTelemetry(DataInputStream f) throws IOException {
        Record snapshot = RecordCodec.read(f);
        if (!(snapshot instanceof TelemetrySnapshot sample)) {
            throw new ProtocolException("the engine sent telemetry without a snapshot");
        }
        int n = f.readInt();
        List<WorkSpan> spans = new ArrayList<>(Math.min(Math.max(n, 0), 65_536));
        for (int i = 0; i < n; i++) {
            spans.add(new WorkSpan(f.readInt(), f.readInt(), f.readLong(), f.readInt(), f.readInt(), f.readLong(),
                    f.readLong(), f.readBoolean(), SpanKind.values()[f.readByte()]));
        }
        long lost = f.readLong();
        int w = f.readInt();
        List<RunTelemetry.Worker> workers = new ArrayList<>(Math.min(Math.max(w, 0), 4_096));
        for (int i = 0; i < w; i++) {
            workers.add((RunTelemetry.Worker) RecordCodec.read(f));
        }
        return new EngineMessage.Telemetry(sample, spans, lost, workers, f.readLong(), f.readLong());
    }

    private void writeOutput(OutputMessage o) throws IOException {
        body.writeLong(o.timestampMillis());
        body.writeByte(o.level().ordinal());
        TreeCodec.writeString(body, o.text());
        writeNullable(o.script());
        body.writeInt(o.line());
        body.writeInt(o.count());
        body.writeInt(o.details().size());
        for (String d : o.details()) {
            TreeCodec.writeString(body, d);
        }
    }

    private static OutputMessage readOutput(DataInputStream f) throws IOException {
        long time = f.readLong();
        OutputLevel level = OutputLevel.values()[f.readByte()];
        String text = TreeCodec.readString(f);
        String script = readNullable(f);
        int line = f.readInt();
        int count = f.readInt();
        int n = f.readInt();
        List<String> details = new ArrayList<>(Math.min(n, 64));
        for (int i = 0; i < n; i++) {
            details.add(TreeCodec.readString(f));
        }
        return new OutputMessage(time, level, text, script, line, count, details);
    }

    /** A report's plain values, each behind a letter: null, boolean, int, long, double, string, list, map. */
    private void writePlain(Object value) throws IOException {
        if (value == null) {
            body.writeByte('0');
        } else if (value instanceof Boolean b) {
            body.writeByte('b');
            body.writeBoolean(b);
        } else if (value instanceof Integer i) {
            body.writeByte('i');
            body.writeInt(i);
        } else if (value instanceof Long l) {
            body.writeByte('l');
            body.writeLong(l);
        } else if (value instanceof Number n) {
            body.writeByte('d');
            body.writeDouble(n.doubleValue());
        } else if (value instanceof List<?> list) {
            body.writeByte('L');
            body.writeInt(list.size());
            for (Object element : list) {
                writePlain(element);
            }
        } else if (value instanceof Map<?, ?> map) {
            body.writeByte('M');
            body.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                TreeCodec.writeString(body, String.valueOf(e.getKey()));
                writePlain(e.getValue());
            }
        } else {
            body.writeByte('s');
            TreeCodec.writeString(body, value.toString());
        }
    }

    private static <T> T readPlain(DataInputStream f, Class<T> expected) throws IOException {
        Object value = readPlain(f, 0);
        if (!expected.isInstance(value)) {
            throw new ProtocolException("the engine sent a value of the wrong kind");
        }
        return expected.cast(value);
    }

    private static Object readPlain(DataInputStream f, int depth) throws IOException {
        if (depth > 32) {
            throw new ProtocolException("the engine sent values nested too deep");
        }
        int tag = f.readByte();
        return switch (tag) {
            case '0' -> null;
            case 'b' -> f.readBoolean();
            case 'i' -> f.readInt();
            case 'l' -> f.readLong();
            case 'd' -> f.readDouble();
            case 's' -> TreeCodec.readString(f);
            case 'L' -> {
                int n = checkedSize(f.readInt());
                List<Object> list = new ArrayList<>(Math.min(n, 4_096));
                for (int i = 0; i < n; i++) {
                    list.add(readPlain(f, depth + 1));
                }
                yield list;
            }
            case 'M' -> {
                int n = checkedSize(f.readInt());
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(TreeCodec.readString(f), readPlain(f, depth + 1));
                }
                yield map;
            }
            default -> throw new ProtocolException("the engine sent a value of unknown kind " + tag);
        };
    }

    private static int checkedSize(int n) throws ProtocolException {
        if (n < 0) {
            throw new ProtocolException("a list of " + n + " elements is out of bounds");
        }
        return n;
    }

    private void writeNullable(String s) throws IOException {
        body.writeBoolean(s != null);
        if (s != null) {
            TreeCodec.writeString(body, s);
        }
    }

    private static String readNullable(DataInputStream f) throws IOException {
        return f.readBoolean() ? TreeCodec.readString(f) : null;
    }
}
