package pstudio.engine;

/**
 * An error a script raised ({@code error(...)}) or caused by misusing the API; the message is
 * written for the script author. It prints as its message alone, so {@code print(e)} in a script
 * shows no Java class name.
 */
public class ScriptError extends RuntimeException {
    private final Object value;
    private final RunContext.Location position;
    private final boolean levelZero;

    public ScriptError(String message) {
        super(message);
        this.value = message;
        this.position = null;
        this.levelZero = false;
    }

    public ScriptError(String message, Throwable cause) {
        super(message, cause);
        this.value = message;
        this.position = null;
        this.levelZero = false;
    }

    /** {@code error(value, level)}: the value raised, and the place the level points at (null for level 0). */
    ScriptError(Object value, RunContext.Location position, boolean levelZero) {
        super(value instanceof CharSequence s ? s.toString() : pstudio.engine.luau.LuauFormat.tostring(value));
        this.value = value;
        this.position = position;
        this.levelZero = levelZero;
    }

    /** Raised by {@code error(message, 0)}: its message carries no place. */
    boolean levelZero() {
        return levelZero;
    }

    /** What was raised: the message, or the table given to {@code error}. */
    public Object value() {
        return value;
    }

    /** Where {@code error(message, level)} put the blame, or null. */
    RunContext.Location position() {
        return position;
    }

    @Override
    public String toString() {
        return String.valueOf(getMessage());
    }
}
