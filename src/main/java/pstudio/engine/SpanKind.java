package pstudio.engine;

/** What a span of an actor's parallel work was. */
public enum SpanKind {
    /** A batch of a library's numbered threads (a Parallelizer dispatch); recorded by that library. */
    BATCH,
    /** A parallel message handler (BindToMessageParallel). */
    MESSAGE,
    /** Parallel code of a script: after task.desynchronize(), or a parallel task going on after a wait. */
    DESYNCHRONIZED
}
