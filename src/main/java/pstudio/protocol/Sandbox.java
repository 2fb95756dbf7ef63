package pstudio.protocol;

import java.security.AllPermission;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.concurrent.ForkJoinPool;
import pstudio.engine.ScriptCompiler;

/**
 * The run-time boundary around place scripts: a SecurityManager under a policy that grants all
 * code everything except the classes compiled from scripts, which get next to nothing. A permission check
 * fails whenever a script frame is on the stack, however the call got there (dynamic dispatch,
 * reflection, method handles, metaclasses), unless engine code took it on itself with
 * {@code doPrivileged}. Java 24 removed the SecurityManager; there {@link #install()} reports false.
 */
@SuppressWarnings("removal")
public final class Sandbox {
    /** What the boundary keeps scripts from, for the runner's and the studio's messages. */
    public static final String ENFORCED = "files, processes, the network, the environment, system properties,"
            + " native code, class loaders, Java threads and ending the process";
    private static boolean installed;

    private Sandbox() {
    }

    /** Installs the boundary once per JVM; true when it is in place (now or before), false when this Java has none. */
    public static synchronized boolean install() {
        if (installed) {
            return true;
        }
        if (System.getSecurityManager() != null) {
            return false; // someone else's manager: it does not know our scripts
        }
        // Under a SecurityManager the common pool would be made with threads that have no
        // permissions at all; made now, it keeps the ordinary ones.
        ForkJoinPool.commonPool();
        Policy previous = Policy.getPolicy();
        Policy.setPolicy(new ScriptsGetNothing());
        // Java 17 to 23 print a deprecation notice on stderr here, to the JVM's own stream: it cannot be turned off
        try {
            System.setSecurityManager(new ScriptSecurityManager());
        } catch (UnsupportedOperationException noSecurityManager) {
            Policy.setPolicy(previous);
            return false;
        }
        installed = true;
        return true;
    }

    /**
     * All code keeps every permission; script classes get one: listing the declared members of a
     * class. Groovy's runtime lists those of the script's own class while the script runs (assigning
     * a global, calling a function); the members it lists stay closed without suppressAccessChecks.
     */
    private static final class ScriptsGetNothing extends Policy {
        private static final PermissionCollection SCRIPT_GRANTS = scriptGrants();

        private static PermissionCollection scriptGrants() {
            Permissions granted = new Permissions();
            granted.add(new RuntimePermission("accessDeclaredMembers"));
            granted.setReadOnly();
            return granted;
        }

        @Override
        public boolean implies(ProtectionDomain domain, Permission permission) {
            return !ScriptCompiler.isScriptCode(domain) || SCRIPT_GRANTS.implies(permission);
        }

        @Override
        public PermissionCollection getPermissions(ProtectionDomain domain) {
            if (ScriptCompiler.isScriptCode(domain)) {
                return SCRIPT_GRANTS;
            }
            Permissions granted = new Permissions();
            granted.add(new AllPermission());
            return granted;
        }

        @Override
        public PermissionCollection getPermissions(CodeSource codeSource) {
            Permissions granted = new Permissions();
            granted.add(new AllPermission());
            return granted;
        }
    }

    /**
     * The default manager checks thread creation only in the root thread group; this one asks the
     * policy every time, so a script cannot start a thread. The engine starts its own threads
     * inside {@code doPrivileged}.
     */
    private static final class ScriptSecurityManager extends SecurityManager {
        private static final Permission MODIFY_THREAD_GROUP = new RuntimePermission("modifyThreadGroup");

        @Override
        public void checkAccess(ThreadGroup group) {
            checkPermission(MODIFY_THREAD_GROUP);
        }
    }
}
