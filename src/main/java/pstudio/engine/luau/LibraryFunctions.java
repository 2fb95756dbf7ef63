package pstudio.engine.luau;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions and constants of one library class, read once: its public methods by Luau name
 * (overloads by argument count) and its public static final fields. See {@link LuauLibraries} for
 * the convention the class follows.
 */
final class LibraryFunctions {
    private static final ClassValue<LibraryFunctions> CACHE = new ClassValue<>() {
        @Override
        protected LibraryFunctions computeValue(Class<?> type) {
            return new LibraryFunctions(type);
        }
    };
    private static final MethodType SPREAD = MethodType.methodType(Object.class, Object[].class);

    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final Map<String, Object> constants = new LinkedHashMap<>();

    static LibraryFunctions of(Class<?> type) {
        return CACHE.get(type);
    }

    private LibraryFunctions(Class<?> type) {
        Map<String, List<Overload>> byName = new HashMap<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                continue;
            }
            checkConvention(m);
            byName.computeIfAbsent(luauName(m.getAnnotation(LuauName.class), m.getName()), n -> new ArrayList<>())
                    .add(new Overload(m));
        }
        byName.keySet().stream().sorted().forEach(name -> functions.put(name, new Function(byName.get(name))));
        for (Field f : type.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod)) {
                try {
                    constants.put(luauName(f.getAnnotation(LuauName.class), f.getName()), f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String luauName(LuauName annotation, String javaName) {
        return annotation != null ? annotation.value() : javaName;
    }

    private static void checkConvention(Method m) {
        Class<?>[] params = m.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            boolean varargsArray = m.isVarArgs() && i == params.length - 1 && params[i] == Object[].class;
            if (params[i] != Object.class && !varargsArray) {
                throw new IllegalStateException(m + ": library functions take Object parameters");
            }
        }
        if (m.getReturnType() != Object.class) {
            throw new IllegalStateException(m + ": library functions return Object");
        }
    }

    Function function(String name) {
        return functions.get(name);
    }

    boolean hasConstant(String name) {
        return constants.containsKey(name);
    }

    Object constant(String name) {
        return constants.get(name);
    }

    /** One Luau function: its Java overloads, fewest parameters first. */
    static final class Function {
        private final List<Overload> overloads;

        private Function(List<Overload> overloads) {
            overloads.sort(Comparator.comparingInt((Overload o) -> o.fixed).thenComparing(o -> o.varargs));
            this.overloads = Collections.unmodifiableList(overloads);
        }

        /**
         * The overload a call with {@code count} arguments runs: one with exactly that many parameters,
         * else a varargs one that takes them, else the nearest with more parameters (the missing are
         * nil), else the one with the most (the extra arguments are dropped, as Luau drops them).
         */
        Overload select(int count) {
            Overload varargs = null;
            for (Overload o : overloads) {
                if (o.fixed == count && !o.varargs) {
                    return o;
                }
                if (o.varargs && o.fixed <= count) {
                    varargs = o;
                }
            }
            if (varargs != null) {
                return varargs;
            }
            for (Overload o : overloads) {
                if (o.fixed > count) {
                    return o;
                }
            }
            return overloads.get(overloads.size() - 1);
        }

        Object call(Object receiver, Object[] args) {
            return select(args.length).call(receiver, args);
        }
    }

    /** A Java method of a library, callable with a script's argument array. */
    static final class Overload {
        final Method method;
        final int fixed;
        final boolean varargs;
        final boolean isStatic;
        private final MethodHandle handle;

        private Overload(Method method) {
            this.method = method;
            this.varargs = method.isVarArgs();
            this.fixed = method.getParameterCount() - (varargs ? 1 : 0);
            this.isStatic = Modifier.isStatic(method.getModifiers());
            try {
                MethodHandle h = MethodHandles.publicLookup().unreflect(method).asFixedArity();
                this.handle = h.asSpreader(Object[].class, h.type().parameterCount()).asType(SPREAD);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(method + " must be public in a public class", e);
            }
        }

        /** True when a call with {@code count} arguments fits this method without dropping any. */
        boolean takes(int count) {
            return varargs ? count >= fixed : count <= fixed;
        }

        Object call(Object receiver, Object[] args) {
            int size = fixed + (varargs ? 1 : 0) + (isStatic ? 0 : 1);
            Object[] actual = new Object[size];
            int at = 0;
            if (!isStatic) {
                actual[at++] = receiver;
            }
            System.arraycopy(args, 0, actual, at, Math.min(fixed, args.length));
            if (varargs) {
                int rest = Math.max(0, args.length - fixed);
                Object[] tail = new Object[rest];
                System.arraycopy(args, fixed, tail, 0, rest);
                actual[size - 1] = tail;
            }
            try {
                return (Object) handle.invokeExact(actual);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
