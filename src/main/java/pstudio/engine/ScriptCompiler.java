package pstudio.engine;

import java.util.List;

/** Compiles script sources to classes, once per distinct source. */
public final class ScriptCompiler {
    private static final ScriptCompiler SHARED = new ScriptCompiler();

    public static ScriptCompiler shared() {
        return SHARED;
    }

    /** Syntax and compile errors of {@code source}, named after {@code scriptName}; empty when it compiles. */
    public List<CompileProblem> check(String source, String scriptName) {
        throw new UnsupportedOperationException("not yet");
    }
}
