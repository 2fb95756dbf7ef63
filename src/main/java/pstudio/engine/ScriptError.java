package pstudio.engine;

/** An error a script raised or caused by misusing the API; the message is written for the script author. */
public class ScriptError extends RuntimeException {
    public ScriptError(String message) {
        super(message);
    }

    public ScriptError(String message, Throwable cause) {
        super(message, cause);
    }
}
