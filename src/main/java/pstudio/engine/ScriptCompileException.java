package pstudio.engine;

import java.util.List;

/** A source that does not compile; each problem names the script, line and column. */
public final class ScriptCompileException extends Exception {
    private final List<CompileProblem> problems;

    public ScriptCompileException(List<CompileProblem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<CompileProblem> problems() {
        return problems;
    }

    /** The same problems named after another script with this source (failures are cached by source). */
    ScriptCompileException renamedFor(String scriptName) {
        if (problems.get(0).script().equals(scriptName)) {
            return this;
        }
        return new ScriptCompileException(problems.stream()
                .map(p -> new CompileProblem(scriptName, p.line(), p.column(), p.message())).toList());
    }
}
