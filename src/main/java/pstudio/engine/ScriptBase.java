package pstudio.engine;

import groovy.lang.Script;
import java.util.StringJoiner;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * The base class of every compiled script: the global functions of the scripting API
 * ({@code print}, {@code warn}, {@code error}, {@code require}, {@code clock}). The global values
 * ({@code game}, {@code script}, {@code task}, ...) live in the script's binding.
 */
public abstract class ScriptBase extends Script {
    private RunningScript self;

    void attach(RunningScript script) {
        this.self = script;
    }

    RunningScript self() {
        return self;
    }

    @Override
    public void print(Object value) {
        self.output(OutputLevel.PRINT, text(new Object[] {value}));
    }

    public void print(Object... values) {
        self.output(OutputLevel.PRINT, text(values));
    }

    @Override
    public void println(Object value) {
        print(value);
    }

    @Override
    public void println() {
        print("");
    }

    public void warn(Object... values) {
        self.output(OutputLevel.WARN, text(values));
    }

    /** Raises an error with this message, like Luau's {@code error(message)}. */
    public void error(Object message) {
        throw new ScriptError(String.valueOf(message));
    }

    public Object require(Object module) {
        return self.vm.require(module);
    }

    /** Seconds since the run started, with sub-microsecond resolution. */
    public double clock() {
        return self.run.clockSeconds();
    }

    private static String text(Object[] values) {
        StringJoiner line = new StringJoiner(" ");
        for (Object v : values) {
            line.add(v instanceof String s ? s : InvokerHelper.toString(v));
        }
        return line.toString();
    }
}
