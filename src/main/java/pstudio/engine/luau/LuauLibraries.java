package pstudio.engine.luau;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * The Luau standard libraries every script sees: {@code math}, {@code bit32}, {@code string},
 * {@code table} and {@code os}.
 *
 * <p>Each library is one public class whose public methods are its functions, under their Java
 * name or the name in {@link LuauName}, and whose public static final fields are its constants
 * ({@code math.pi}). The convention, which a compile-time rewrite of {@code math.floor(x)} into a
 * direct call relies on:
 * <ul>
 *   <li>every parameter is {@code Object}; the last may be {@code Object...} (varargs);</li>
 *   <li>every function returns {@code Object} (null is nil);</li>
 *   <li>a Luau function whose meaning depends on how many arguments it gets ({@code table.insert})
 *       is several Java overloads, one per argument count;</li>
 *   <li>functions with per-run state ({@code math.random}) are instance methods and are reached
 *       only through the library object; all others are static.</li>
 * </ul>
 * A call {@code library.function(a1..an)} runs the overload with exactly n parameters, else a
 * varargs one with at most n fixed parameters, else the nearest with more parameters (the missing
 * arguments are null), else the one with the most parameters (extra arguments dropped).
 * {@link #staticFunction} answers the same question at compile time.
 */
public final class LuauLibraries {
    private static final Map<String, Class<?>> LIBRARIES = Map.of(
            "math", MathLibrary.class,
            "bit32", Bit32Library.class,
            "string", StringLibrary.class,
            "table", TableLibrary.class,
            "os", OsLibrary.class);

    private LuauLibraries() {
    }

    /** Adds the libraries to a run's globals; math gets a random generator of its own for the run. */
    public static void install(Map<String, Object> globals) {
        globals.put("math", new LuauLibrary("math", MathLibrary.class, new MathLibrary()));
        for (String name : new String[] {"bit32", "string", "table", "os"}) {
            globals.put(name, new LuauLibrary(name, LIBRARIES.get(name), null));
        }
    }

    /**
     * The public static method that {@code library.function(args)} with {@code argumentCount}
     * arguments calls, for rewriting the call at compile time into a direct static call; null when
     * the call must go through the library object (an unknown library or function, a function with
     * per-run state such as {@code math.random}, or more arguments than the function takes, whose
     * extra arguments would be dropped).
     *
     * <p>Calling it: pass the script's arguments in order; when the method has more fixed
     * parameters than {@code argumentCount}, pass null for the rest; for a varargs method, the
     * arguments after its fixed parameters are its {@code Object[]}. The result is an
     * {@code Object}.
     */
    public static Method staticFunction(String library, String function, int argumentCount) {
        Class<?> type = LIBRARIES.get(library);
        if (type == null || argumentCount < 0) {
            return null;
        }
        LibraryFunctions.Function f = LibraryFunctions.of(type).function(function);
        if (f == null) {
            return null;
        }
        LibraryFunctions.Overload o = f.select(argumentCount);
        return o.isStatic && o.takes(argumentCount) ? o.method : null;
    }
}
