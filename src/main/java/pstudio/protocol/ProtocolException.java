package pstudio.protocol;

import java.io.IOException;

/** The other side of the run boundary sent something this side cannot read; the message is a sentence. */
public final class ProtocolException extends IOException {
    public ProtocolException(String message) {
        super(message);
    }
}
