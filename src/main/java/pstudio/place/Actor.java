package pstudio.place;

/**
 * An isolated script VM: scripts under it run in it, and its parallel handlers run one at a time.
 * Messaging goes through the running engine.
 */
public final class Actor extends Instance {
    public Actor() {
        super("Actor");
    }

    public void SendMessage(String topic, Object... args) {
        ScriptHost.current().sendMessage(this, topic, args);
    }

    /** Runs {@code handler} on the serial script thread for each message on {@code topic}. */
    public void BindToMessage(String topic, Object handler) {
        ScriptHost.current().bindToMessage(this, topic, handler, false);
    }

    /** Runs {@code handler} in parallel, in this actor, for each message on {@code topic}. */
    public void BindToMessageParallel(String topic, Object handler) {
        ScriptHost.current().bindToMessage(this, topic, handler, true);
    }
}
