package pstudio.place;

/** A script-to-script event: {@code Event.Connect { ... }} and {@code Fire(args...)}. */
public final class BindableEvent extends Instance {
    private final Signal event = new Signal();

    public BindableEvent() {
        super("BindableEvent");
    }

    public Signal getEvent() {
        return event;
    }

    public void Fire(Object... args) {
        ScriptHost.current().fire(this, args);
    }
}
