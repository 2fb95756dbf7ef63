package pstudio.engine;

import groovy.lang.GroovyInterceptable;
import groovy.lang.GroovyObjectSupport;

/**
 * A global table of functions ({@code task}, {@code Instance}, {@code SharedTable}). Every call goes
 * through {@link #call}, so Luau names that Java cannot declare ({@code new}) or that clash with
 * {@code Object} ({@code wait}) work as scripts expect.
 */
public abstract class ScriptLibrary extends GroovyObjectSupport implements GroovyInterceptable {
    private final String libraryName;

    protected ScriptLibrary(String libraryName) {
        this.libraryName = libraryName;
    }

    /** Runs {@code library.method(args)}; throw {@link #unknown} for names the library lacks. */
    public abstract Object call(String method, Object[] args);

    @Override
    public final Object invokeMethod(String name, Object args) {
        Object[] a = args instanceof Object[] array ? array : new Object[] {args};
        return call(name, a);
    }

    protected ScriptError unknown(String method) {
        return new ScriptError(method + " is not a valid member of " + libraryName);
    }

    protected static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    protected static Object[] rest(Object[] args, int from) {
        if (from >= args.length) {
            return new Object[0];
        }
        Object[] r = new Object[args.length - from];
        System.arraycopy(args, from, r, 0, r.length);
        return r;
    }

    /** A number of seconds (nil is 0, negative counts as 0), or an argument error. */
    protected double seconds(Object value, String function, int argument) {
        if (value == null) {
            return 0;
        }
        if (!(value instanceof Number n)) {
            throw badArgument(argument, function, "number", value);
        }
        double s = n.doubleValue();
        return Double.isNaN(s) ? 0 : Math.max(0, s);
    }

    /** Luau's {@code invalid argument #1 to 'wait' (number expected, got string '5')}. */
    protected ScriptError badArgument(int argument, String function, String expected, Object got) {
        return ValueText.badArgument(argument, function, expected, got);
    }

    @Override
    public String toString() {
        return libraryName;
    }
}
