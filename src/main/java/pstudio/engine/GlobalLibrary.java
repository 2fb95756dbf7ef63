package pstudio.engine;

/** A global that higher layers add to every script of a run (the Parallelizer library is one). */
public interface GlobalLibrary {
    /** The global's name in scripts. */
    String name();

    /** The object scripts see under {@link #name()}; called once per run. */
    Object create(RunContext run);
}
