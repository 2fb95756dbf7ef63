package pstudio.place;

/** A client script; in this sandbox it runs like a Script. */
public final class LocalScript extends Script {
    public LocalScript() {
        super("LocalScript");
    }
}
