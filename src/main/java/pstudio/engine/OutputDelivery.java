package pstudio.engine;

/**
 * What a run does with output when its listeners fall behind. Warnings and errors are never
 * dropped under either policy: their producers wait for room, as every print does under
 * {@link #EVERY_MESSAGE}.
 */
public enum OutputDelivery {
    /** The headless runner: a print waits for room, so a slow reader slows the scripts and loses nothing. */
    EVERY_MESSAGE,
    /** The studio: prints past the cap are dropped, counted, and announced in a warning that is never dropped. */
    DROP_PRINTS_WHEN_BEHIND
}
