package pstudio.protocol;

/** Receives what an engine process sends, on the client's reader thread. */
public interface EngineListener {
    void onMessage(EngineMessage message);

    /** The process is gone; {@code problem} says why in a sentence, or is null after a clean Stop. */
    void onExit(String problem);
}
