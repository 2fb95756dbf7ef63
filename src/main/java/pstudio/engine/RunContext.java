package pstudio.engine;

/** What a {@link GlobalLibrary} may use of a running engine. */
public final class RunContext {
}
