package pstudio.protocol;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The first bytes each side writes: a magic word and the protocol version. A side that reads
 * another version refuses to go on, with a sentence saying which versions met, instead of
 * misreading the frames that follow.
 */
public final class ProtocolVersion {
    /** Bumped whenever a frame's layout changes. */
    public static final int CURRENT = 3;
    private static final byte[] MAGIC = {'P', 'S', 'E', 'N', 'G', 'I', 'N', 'E'};

    private ProtocolVersion() {
    }

    public static void writeGreeting(DataOutputStream out, int version) throws IOException {
        out.write(MAGIC);
        out.writeInt(version);
        out.flush();
    }

    /** Reads the other side's greeting; throws {@link ProtocolException} unless it speaks {@link #CURRENT}. */
    public static void readGreeting(DataInputStream in, String otherSide) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        try {
            in.readFully(magic);
        } catch (EOFException e) {
            throw new ProtocolException(otherSide + " ended before it said which protocol it speaks");
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new ProtocolException(otherSide + " does not speak the engine protocol");
        }
        int version = in.readInt();
        if (version != CURRENT) {
            throw new ProtocolException(otherSide + " speaks engine protocol version " + version
                    + ", and this build speaks version " + CURRENT + "; both must come from the same build");
        }
    }
}
