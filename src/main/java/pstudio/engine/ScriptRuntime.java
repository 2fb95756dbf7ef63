package pstudio.engine;

import groovy.lang.Closure;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Static helpers that compiled scripts call where {@link LuauIdioms} rewrote their code: a caught
 * exception becomes an error with a script author's message, and a function held in a variable is
 * called the Luau way.
 */
public final class ScriptRuntime {
    private ScriptRuntime() {
    }

    /**
     * What a script's {@code catch (e)} receives: an error whose message is a sentence about the
     * script, with the original's stack so a rethrow still points at the line it came from. A stop
     * (Stop, task.cancel, a destroyed script) is not caught: it goes on unwinding.
     */
    public static Throwable caught(Throwable t) {
        if (RunContext.isStop(t)) {
            throw RunContext.asStop(t);
        }
        if (t instanceof ScriptError) {
            return t;
        }
        Coroutine co = Coroutine.current();
        String message = co == null ? ErrorText.of(t, null) : co.run().describe(t, null).message();
        ScriptError error = new ScriptError(message, t);
        error.setStackTrace(t.getStackTrace());
        return error;
    }

    /** {@code f(a, b)} for a function in a variable: extra arguments dropped, missing ones nil. */
    public static Object call(Object fn, Object[] args) {
        if (fn instanceof Closure<?>) {
            return LuauCall.call(fn, args);
        }
        if (fn == null) {
            throw new ScriptError("attempt to call a nil value");
        }
        return InvokerHelper.invokeMethod(fn, "call", args);
    }
}
