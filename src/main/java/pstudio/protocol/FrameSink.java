package pstudio.protocol;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The engine's one writer to its client. Any thread may send; frames go into a buffer that is
 * flushed by {@link #flush()} (after each batch of output, and every few milliseconds by the
 * server), so a script that adds 100,000 instances costs 100,000 frames, not 100,000 system calls.
 * A client that went away turns sending into a no-op: the run is ended by the server, not by the
 * thread that happened to send.
 */
final class FrameSink {
    private final DataOutputStream out;
    private final FrameCodec codec = new FrameCodec();
    private volatile boolean broken;

    FrameSink(OutputStream raw) {
        this.out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
    }

    DataOutputStream stream() {
        return out;
    }

    synchronized void send(EngineMessage message) {
        if (broken) {
            return;
        }
        try {
            codec.write(out, message);
        } catch (IOException e) {
            broken = true;
        }
    }

    synchronized void flush() {
        if (broken) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            broken = true;
        }
    }

    boolean broken() {
        return broken;
    }
}
