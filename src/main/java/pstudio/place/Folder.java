package pstudio.place;

/** A container with no behaviour of its own. */
public final class Folder extends Instance {
    public Folder() {
        super("Folder");
    }
}
