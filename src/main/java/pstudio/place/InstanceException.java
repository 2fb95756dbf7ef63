package pstudio.place;

/** A misuse of the instance API; the message is written for the script author. */
public class InstanceException extends RuntimeException {
    public InstanceException(String message) {
        super(message);
    }
}
