package pstudio.engine;

import groovy.lang.Script;
import java.util.StringJoiner;
import pstudio.engine.luau.LuauFormat;
import pstudio.engine.luau.LuauGlobals;

/**
 * The base class of every compiled script: the global functions of the scripting API
 * ({@code print}, {@code warn}, {@code error}, {@code require}, {@code clock}, and Luau's
 * {@code typeof}, {@code tostring}, ...). The global values ({@code game}, {@code script},
 * {@code task}, {@code math}, ...) live in the script's binding. Values print as Luau prints them.
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
            line.add(LuauFormat.tostring(v));
        }
        return line.toString();
    }

    // ---- Luau's global functions (pstudio.engine.luau.LuauGlobals) ------------------------------

    public String typeof(Object value) {
        return LuauGlobals.typeof(value);
    }

    public String type(Object value) {
        return LuauGlobals.type(value);
    }

    public String tostring(Object value) {
        return LuauGlobals.tostring(value);
    }

    public Object tonumber(Object value) {
        return LuauGlobals.tonumber(value);
    }

    public Object tonumber(Object value, Object base) {
        return LuauGlobals.tonumber(value, base);
    }

    public double tick() {
        return LuauGlobals.tick();
    }
}
