package pstudio.engine.luau;

import groovy.lang.Closure;
import pstudio.engine.ScriptError;
import pstudio.engine.ScriptLibrary;

/**
 * A Luau library as scripts see it ({@code math}, {@code string}, ...): {@code math.floor(x)} calls
 * the library class's method of that Luau name, {@code math.pi} reads its constant, and
 * {@code def floor = math.floor} gives the function as a value. Calls adapt to the argument count
 * as Luau does: missing arguments are nil, extra ones are dropped. A name the library lacks is an
 * error ({@code foo is not a valid member of math}); the library cannot be written to.
 */
public final class LuauLibrary extends ScriptLibrary {
    private final String name;
    private final LibraryFunctions functions;
    private final Object state;

    /**
     * @param functions the class whose public methods and constants make the library
     * @param state     the receiver of its instance methods (per-run state such as math.random's), or null
     */
    public LuauLibrary(String name, Class<?> functions, Object state) {
        super(name);
        this.name = name;
        this.functions = LibraryFunctions.of(functions);
        this.state = state;
    }

    @Override
    public Object call(String method, Object[] args) {
        LibraryFunctions.Function f = functions.function(method);
        if (f == null) {
            throw unknown(method);
        }
        return f.call(state, args);
    }

    @Override
    public Object getProperty(String member) {
        if (functions.hasConstant(member)) {
            return functions.constant(member);
        }
        LibraryFunctions.Function f = functions.function(member);
        if (f == null) {
            throw unknown(member);
        }
        return new FunctionValue(this, f, state);
    }

    @Override
    public void setProperty(String member, Object value) {
        throw new ScriptError("cannot set " + name + "." + member + ": the " + name + " library is read-only");
    }

    /** A library function taken as a value ({@code def floor = math.floor}); a function to typeof. */
    private static final class FunctionValue extends Closure<Object> {
        private final transient LibraryFunctions.Function function;
        private final transient Object state;

        FunctionValue(LuauLibrary owner, LibraryFunctions.Function function, Object state) {
            super(owner);
            this.function = function;
            this.state = state;
        }

        @Override
        public Object call(Object... args) {
            return function.call(state, args == null ? new Object[] {null} : args);
        }

        @Override
        public Object call() {
            return function.call(state, new Object[0]);
        }

        @Override
        public Object call(Object arg) {
            return function.call(state, new Object[] {arg});
        }

        public Object doCall(Object... args) {
            return call(args);
        }
    }
}
