package pstudio.engine;

import groovy.lang.DelegatingMetaClass;
import groovy.lang.GroovySystem;
import groovy.lang.MetaClass;
import groovy.lang.MetaClassRegistry;
import java.lang.reflect.Method;
import java.util.Set;
import pstudio.place.ScriptHost;

/**
 * Runtime backstop for the ways of ending the process that the compile-time {@link ExitDenylist}
 * cannot see: dynamic receivers ({@code def s = System; s.exit(0)}), method pointers, dynamic names
 * and reflection ({@code System.getMethod('exit', int).invoke(null, 0)}). Groovy routes those calls
 * through the metaclasses of System, Runtime and Method, which refuse exit and halt on script
 * threads. Unlike a SecurityManager this works on every Java version and prints no JDK warning.
 */
final class ExitGuard {
    private static final Set<String> EXIT_METHODS = Set.of("exit", "halt");
    private static final Set<Class<?>> EXIT_OWNERS = Set.of(System.class, Runtime.class);
    private static boolean installed;

    private ExitGuard() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        MetaClassRegistry registry = GroovySystem.getMetaClassRegistry();
        for (Class<?> owner : EXIT_OWNERS) {
            registry.setMetaClass(owner, new RefuseByName(registry.getMetaClass(owner)));
        }
        registry.setMetaClass(Method.class, new RefuseReflectiveExit(registry.getMetaClass(Method.class)));
    }

    private static void refuse() {
        if (ScriptHost.CURRENT.get() != null) {
            throw new ScriptError(ExitDenylist.MESSAGE);
        }
    }

    /** System.exit, Runtime.halt and friends, called dynamically. */
    private static final class RefuseByName extends DelegatingMetaClass {
        RefuseByName(MetaClass delegate) {
            super(delegate);
            initialize();
        }

        @Override
        public Object invokeStaticMethod(Object object, String methodName, Object[] arguments) {
            if (EXIT_METHODS.contains(methodName)) {
                refuse();
            }
            return super.invokeStaticMethod(object, methodName, arguments);
        }

        @Override
        public Object invokeMethod(Object object, String methodName, Object[] arguments) {
            if (EXIT_METHODS.contains(methodName)) {
                refuse();
            }
            return super.invokeMethod(object, methodName, arguments);
        }

        @Override
        public Object invokeMethod(Object object, String methodName, Object arguments) {
            if (EXIT_METHODS.contains(methodName)) {
                refuse();
            }
            return super.invokeMethod(object, methodName, arguments);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Object invokeMethod(Class sender, Object receiver, String methodName, Object[] arguments,
                                   boolean isCallToSuper, boolean fromInsideClass) {
            if (EXIT_METHODS.contains(methodName)) {
                refuse();
            }
            return super.invokeMethod(sender, receiver, methodName, arguments, isCallToSuper, fromInsideClass);
        }
    }

    /** Method.invoke on System.exit or Runtime.halt. */
    private static final class RefuseReflectiveExit extends DelegatingMetaClass {
        RefuseReflectiveExit(MetaClass delegate) {
            super(delegate);
            initialize();
        }

        @Override
        public Object invokeMethod(Object object, String methodName, Object[] arguments) {
            check(object, methodName);
            return super.invokeMethod(object, methodName, arguments);
        }

        @Override
        public Object invokeMethod(Object object, String methodName, Object arguments) {
            check(object, methodName);
            return super.invokeMethod(object, methodName, arguments);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Object invokeMethod(Class sender, Object receiver, String methodName, Object[] arguments,
                                   boolean isCallToSuper, boolean fromInsideClass) {
            check(receiver, methodName);
            return super.invokeMethod(sender, receiver, methodName, arguments, isCallToSuper, fromInsideClass);
        }

        private static void check(Object receiver, String methodName) {
            if ("invoke".equals(methodName) && receiver instanceof Method m && EXIT_METHODS.contains(m.getName())
                    && (EXIT_OWNERS.contains(m.getDeclaringClass()))) {
                refuse();
            }
        }
    }
}
