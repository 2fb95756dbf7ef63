package pstudio.engine;

import groovy.security.GroovyCodeSourcePermission;
import java.io.FilePermission;
import java.lang.reflect.ReflectPermission;
import java.net.NetPermission;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;
import java.util.PropertyPermission;

/** What the sandbox refused a script, in a sentence: the same words at compile time and at run time. */
final class SandboxRefusal {
    static final String FILES = "scripts cannot open files";
    static final String PROCESSES = "scripts cannot start processes";
    static final String NETWORK = "scripts cannot open network connections";
    static final String ENVIRONMENT = "scripts cannot read the environment";
    static final String PROPERTIES = "scripts cannot read system properties";
    static final String THREADS = "scripts cannot start Java threads";
    static final String EXIT = "scripts cannot end the process";
    static final String NATIVE = "scripts cannot load native code";
    static final String CLASS_LOADERS = "scripts cannot create class loaders";
    static final String REFLECTION = "scripts cannot use reflection or method handles";
    static final String SANDBOX = "scripts cannot change the sandbox";
    static final String FIELDS = "scripts cannot reach into an object's fields with .@; use its properties";
    static final String ANNOTATIONS = "scripts cannot use annotations other than @Field, @CompileStatic and @TypeChecked";
    static final String OTHER = "the sandbox does not let scripts do this";

    private SandboxRefusal() {
    }

    /** True for a message that is one of these refusals. */
    static boolean isRefusal(String message) {
        return message.startsWith("scripts cannot ") || message.startsWith(OTHER);
    }

    /** The sentence for a permission a script was refused. */
    static String of(Permission p) {
        String name = p.getName();
        if (p instanceof FilePermission) {
            return p.getActions().contains("execute") ? PROCESSES : FILES;
        }
        if (p instanceof SocketPermission || p instanceof URLPermission || p instanceof NetPermission) {
            return NETWORK;
        }
        if (p instanceof PropertyPermission) {
            return PROPERTIES;
        }
        if (p instanceof ReflectPermission) {
            return REFLECTION;
        }
        if (p instanceof RuntimePermission) {
            return runtime(name);
        }
        if (p instanceof GroovyCodeSourcePermission) {
            return CLASS_LOADERS; // a nested GroovyShell or Eval compiling code of its own
        }
        return OTHER;
    }

    private static String runtime(String name) {
        if (name.startsWith("getenv.")) {
            return ENVIRONMENT;
        }
        if (name.startsWith("exitVM")) {
            return EXIT;
        }
        if (name.startsWith("loadLibrary.")) {
            return NATIVE;
        }
        if (name.equals("modifyThreadGroup") || name.equals("modifyThread") || name.equals("stopThread")) {
            return THREADS;
        }
        if (name.equals("createClassLoader") || name.equals("getClassLoader")) {
            return CLASS_LOADERS;
        }
        if (name.equals("setSecurityManager") || name.equals("createSecurityManager") || name.equals("setIO")) {
            return SANDBOX;
        }
        if (name.equals("accessDeclaredMembers") || name.startsWith("accessClassInPackage.")) {
            return REFLECTION;
        }
        return OTHER;
    }
}
