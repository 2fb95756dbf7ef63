package pstudio.engine;

/** A syntax or compile error in a script's source, in the script's own coordinates (1-based). */
public record CompileProblem(String script, int line, int column, String message) {
    @Override
    public String toString() {
        return script + ":" + line + ":" + column + ": " + message;
    }
}
