package pstudio.engine;

import groovy.lang.Closure;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.BitSet;
import pstudio.engine.luau.LuauValues;

/**
 * Calls script functions the way Luau does: extra arguments are dropped and missing ones are nil,
 * whatever parameters the closure declares ({@code { id -> }}, {@code { it * 2 }}, {@code { -> }}).
 * A closure with default parameters gets its defaults when fewer arguments come.
 */
public final class LuauCall {
    /** Per closure class: the argument counts it declares a doCall for. */
    private static final ClassValue<BitSet> ARITIES = new ClassValue<>() {
        @Override
        protected BitSet computeValue(Class<?> type) {
            BitSet counts = new BitSet();
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals("doCall") && !m.isVarArgs()) {
                    counts.set(m.getParameterCount());
                }
            }
            return counts;
        }
    };

    /** Per closure class: a handle (closure, a, b) -> result straight to its doCall, or null. */
    private static final ClassValue<MethodHandle> TWO_ARGUMENT_CALLS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return twoArgumentHandle(type);
        }
    };

    private LuauCall() {
    }

    /** Calls {@code fn} with {@code args}, adapted to the parameters it declares. */
    public static Object call(Object fn, Object... args) {
        if (!(fn instanceof Closure<?> closure)) {
            throw new ScriptError("attempt to call a " + LuauValues.typeof(fn) + " value");
        }
        return closure.call(adapt(closure, args));
    }

    private static Object[] adapt(Closure<?> closure, Object[] args) {
        Class<?>[] types = closure.getParameterTypes();
        if (types.length > 0 && types[types.length - 1].isArray()) {
            return args;
        }
        int max = closure.getMaximumNumberOfParameters();
        if (args.length == max || (args.length < max && ARITIES.get(closure.getClass()).get(args.length))) {
            return args;
        }
        return Arrays.copyOf(args, max);
    }

    /** A caller for the hot dispatch loop: {@code fn(id, inst)} through a cached method handle where it can. */
    public static ThreadFunction threadFunction(Closure<?> closure) {
        MethodHandle handle = TWO_ARGUMENT_CALLS.get(closure.getClass());
        if (handle == null) {
            return (a, b) -> closure.call(adapt(closure, new Object[] {a, b}));
        }
        // one handle per closure class, the closure passed in: a handle bound per closure (256 clones,
        // 256 closures) would be customised and compiled once per closure, and the call site would see them all
        return (a, b) -> (Object) handle.invokeExact((Object) closure, a, b);
    }

    /** A script function called with two arguments, as a dispatched thread is called with id and inst. */
    @FunctionalInterface
    public interface ThreadFunction {
        Object call(Object first, Object second) throws Throwable;
    }

    /**
     * doCall(a, b), doCall(a) or doCall() taking plain objects, adapted to (Object, Object, Object)Object;
     * null when the closure declares typed, varargs or default parameters (those go through Closure.call).
     */
    private static MethodHandle twoArgumentHandle(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        Method best = null;
        int doCalls = 0;
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals("doCall") && Modifier.isPublic(m.getModifiers())) {
                doCalls++;
                if (m.getParameterCount() <= 2 && !m.isVarArgs()
                        && Arrays.stream(m.getParameterTypes()).allMatch(p -> p == Object.class)
                        && (best == null || m.getParameterCount() > best.getParameterCount())) {
                    best = m;
                }
            }
        }
        // { it -> } declares doCall() and doCall(Object); defaults declare several: keep only the plain shapes
        boolean implicitIt = doCalls == 2 && best != null && best.getParameterCount() == 1;
        if (best == null || (doCalls > 1 && !implicitIt)) {
            return null;
        }
        try {
            MethodHandle h = MethodHandles.publicLookup().unreflect(best);
            int declared = best.getParameterCount();
            if (declared < 2) {
                Class<?>[] unused = new Class<?>[2 - declared];
                Arrays.fill(unused, Object.class);
                h = MethodHandles.dropArguments(h, 1 + declared, unused);
            }
            return h.asType(MethodType.genericMethodType(3));
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
