package pstudio.engine;

/**
 * An event a library above the engine defines (the Parallelizer's dispatches and crash chains) and
 * publishes with {@link RunContext#publish(LibraryEvent)}: ordered with the run's own events and,
 * like them, never dropped.
 */
public non-sealed interface LibraryEvent extends RunEvent {
}
