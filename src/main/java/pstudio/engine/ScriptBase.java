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

    /** {@code print(...)} as scripts compile it: the line is known at compile time, so no stack walk is needed. */
    public void printAt(int line, Object... values) {
        self.output(OutputLevel.PRINT, text(values), line);
    }

    /** {@code warn(...)} as scripts compile it. */
    public void warnAt(int line, Object... values) {
        self.output(OutputLevel.WARN, text(values), line);
    }

    /** Raises an error with this message, like Luau's {@code error(message)}: blamed on the line that called it. */
    public void error(Object message) {
        error(message, 1);
    }

    /**
     * Luau's {@code error(message, level)}: level 1 blames the line that called error, 2 the line
     * that called the function that called error, 0 no line ({@code pcall} then returns the message
     * alone). A table can be raised too; {@code pcall} returns it as it was.
     */
    public void error(Object message, Object level) {
        int n = level instanceof Number num ? num.intValue() : 1;
        throw new ScriptError(message, n <= 0 ? null : self.run.scriptFrame(n, self), n <= 0);
    }

    /**
     * Luau's {@code pcall(fn, args...)}: {@code [true, result]}, or {@code [false, message]} when fn
     * raised an error; the message starts with the script and line, as in Luau
     * ({@code ServerScriptService.Main:3: boom}). Use it as {@code def (ok, result) = pcall { ... }}.
     */
    public java.util.List<Object> pcall(Object fn, Object... args) {
        try {
            return java.util.Arrays.asList(true, LuauCall.call(fn, args));
        } catch (Throwable t) {
            return java.util.Arrays.asList(false, self.run.caughtValue(t, fn));
        }
    }

    /** Luau's {@code xpcall(fn, handler, args...)}: like pcall, with {@code handler(message)} giving the second value. */
    public java.util.List<Object> xpcall(Object fn, Object handler, Object... args) {
        try {
            return java.util.Arrays.asList(true, LuauCall.call(fn, args));
        } catch (Throwable t) {
            Object value = self.run.caughtValue(t, fn);
            return java.util.Arrays.asList(false, LuauCall.call(handler, value));
        }
    }

    // ---- Roblox's deprecated globals: task.* with a warning the first time a run uses each ----

    /** {@code wait(seconds)}; scripts' {@code wait(...)} calls are compiled to this (see LuauIdioms). */
    public Object luauWait(Object seconds) {
        self.run.deprecated("wait", "task.wait", self);
        return self.run.tasks().call("wait", new Object[] {seconds});
    }

    public Object luauWait() {
        return luauWait(null);
    }

    /** {@code spawn(fn)}: runs fn on the serial thread after what is already waiting, like task.defer. */
    public Object spawn(Object fn, Object... args) {
        self.run.deprecated("spawn", "task.spawn or task.defer", self);
        return self.run.tasks().call("defer", prepend(fn, args));
    }

    /** {@code delay(seconds, fn)}: task.delay. */
    public Object delay(Object seconds, Object fn, Object... args) {
        self.run.deprecated("delay", "task.delay", self);
        Object[] all = new Object[args.length + 2];
        all[0] = seconds;
        all[1] = fn;
        System.arraycopy(args, 0, all, 2, args.length);
        return self.run.tasks().call("delay", all);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
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
