package pstudio.engine;

/** How an output message was produced; the studio colours by it and the runner routes by it. */
public enum OutputLevel {
    PRINT, INFO, WARN, ERROR
}
