package pstudio.engine;

import java.util.Map;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.FieldNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.CatchStatement;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Refuses, at compile time and at the line that does it, what the sandbox refuses at run time
 * where a compiler can see it: using the classes for files, processes, sockets, reflection and
 * class loaders, starting threads, and the methods of System and Runtime that read the
 * environment or properties, load native code or end the process. The SecurityManager installed
 * by the run boundary covers what a compiler cannot see (dynamic names, reflection); this layer
 * gives the plain cases their message before anything runs.
 */
final class RefusedCalls extends CompilationCustomizer {
    private static final Map<String, String> SYSTEM_METHODS = Map.ofEntries(
            Map.entry("exit", SandboxRefusal.EXIT), Map.entry("halt", SandboxRefusal.EXIT),
            Map.entry("getenv", SandboxRefusal.ENVIRONMENT),
            Map.entry("getProperty", SandboxRefusal.PROPERTIES), Map.entry("getProperties", SandboxRefusal.PROPERTIES),
            Map.entry("setProperty", SandboxRefusal.PROPERTIES), Map.entry("setProperties", SandboxRefusal.PROPERTIES),
            Map.entry("clearProperty", SandboxRefusal.PROPERTIES),
            Map.entry("load", SandboxRefusal.NATIVE), Map.entry("loadLibrary", SandboxRefusal.NATIVE),
            Map.entry("exec", SandboxRefusal.PROCESSES), Map.entry("addShutdownHook", SandboxRefusal.THREADS),
            Map.entry("setSecurityManager", SandboxRefusal.SANDBOX), Map.entry("setIn", SandboxRefusal.SANDBOX),
            Map.entry("setOut", SandboxRefusal.SANDBOX), Map.entry("setErr", SandboxRefusal.SANDBOX));
    /** Properties Groovy reads through a getter of the same methods ({@code System.properties}). */
    private static final Map<String, String> SYSTEM_PROPERTIES = Map.of("properties", SandboxRefusal.PROPERTIES,
            "env", SandboxRefusal.ENVIRONMENT);
    private static final java.util.Set<String> SYSTEM_OWNERS = java.util.Set.of("System", "java.lang.System",
            "Runtime", "java.lang.Runtime");

    private RefusedCalls() {
        super(CompilePhase.CANONICALIZATION);
    }

    static CompilationCustomizer customizer() {
        return new RefusedCalls();
    }

    /** The refusal for using class {@code name} at all, or null when scripts may use it. */
    static String refusedClass(String name) {
        if (name.startsWith("java.nio.file.") || name.startsWith("java.nio.channels.")
                || name.matches("java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter"
                        + "|RandomAccessFile|FileDescriptor)")) {
            return SandboxRefusal.FILES;
        }
        if (name.matches("java\\.lang\\.(ProcessBuilder|Process|ProcessHandle)(\\$.*)?")) {
            return SandboxRefusal.PROCESSES;
        }
        if (name.matches("java\\.net\\.URLClassLoader|java\\.lang\\.ClassLoader|java\\.security\\.SecureClassLoader"
                + "|groovy\\.lang\\.(GroovyShell|GroovyClassLoader)(\\$.*)?|groovy\\.util\\.(Eval|GroovyScriptEngine)"
                + "|javax\\.script\\..*")) {
            return SandboxRefusal.CLASS_LOADERS;
        }
        if (name.startsWith("java.net.") || name.startsWith("javax.net.") || name.startsWith("groovy.grape.")) {
            return SandboxRefusal.NETWORK;
        }
        if (name.startsWith("java.lang.reflect.") || name.startsWith("java.lang.invoke.")
                || name.startsWith("sun.") || name.startsWith("jdk.internal.")) {
            return SandboxRefusal.REFLECTION;
        }
        if (name.matches("java\\.lang\\.ThreadGroup|java\\.util\\.Timer|java\\.util\\.concurrent\\.(Executors"
                + "|ThreadPoolExecutor|ScheduledThreadPoolExecutor|ForkJoinPool|ThreadFactory)")) {
            return SandboxRefusal.THREADS;
        }
        return null;
    }

    /** The refusal for calling {@code method} of System or Runtime, or null. */
    static String refusedSystemMethod(String method) {
        return method == null ? null : SYSTEM_METHODS.get(method);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        java.util.Set<Integer> refusedLines = new java.util.HashSet<>();
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitClass(ClassNode node) {
                if (node.getSuperClass() != null && "java.lang.Thread".equals(node.getSuperClass().getName())) {
                    refuse(node, SandboxRefusal.THREADS);
                }
                checkType(node.getUnresolvedSuperClass(), node);
                super.visitClass(node);
            }

            @Override
            public void visitField(FieldNode node) {
                checkType(node.getOriginType(), node);
                super.visitField(node);
            }

            @Override
            protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
                checkType(node.getReturnType(), node);
                for (Parameter p : node.getParameters()) {
                    checkType(p.getOriginType(), p.getLineNumber() > 0 ? p : node);
                }
                super.visitConstructorOrMethod(node, isConstructor);
            }

            @Override
            public void visitDeclarationExpression(DeclarationExpression expression) {
                if (expression.getLeftExpression() instanceof VariableExpression v) {
                    checkType(v.getOriginType(), expression);
                }
                super.visitDeclarationExpression(expression);
            }

            @Override
            public void visitCatchStatement(CatchStatement statement) {
                checkType(statement.getExceptionType(), statement);
                super.visitCatchStatement(statement);
            }

            @Override
            public void visitClassExpression(ClassExpression expression) {
                checkType(expression.getType(), expression);
                super.visitClassExpression(expression);
            }

            @Override
            public void visitCastExpression(CastExpression expression) {
                checkType(expression.getType(), expression);
                super.visitCastExpression(expression);
            }

            @Override
            public void visitConstructorCallExpression(ConstructorCallExpression call) {
                String type = call.getType().getName();
                if ("java.lang.Thread".equals(type)) {
                    refuse(call, SandboxRefusal.THREADS);
                }
                checkType(call.getType(), call);
                super.visitConstructorCallExpression(call);
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                String method = call.getMethodAsString();
                if (isSystemOwner(call.getObjectExpression())) {
                    refuseIfListed(call, refusedSystemMethod(method));
                } else if (isThreadClass(call.getObjectExpression()) && method != null && method.startsWith("start")) {
                    refuse(call, SandboxRefusal.THREADS);
                }
                super.visitMethodCallExpression(call);
            }

            @Override
            public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
                String owner = call.getOwnerType().getName();
                if (SYSTEM_OWNERS.contains(owner)) {
                    refuseIfListed(call, refusedSystemMethod(call.getMethod()));
                } else if ("java.lang.Thread".equals(owner) && call.getMethod().startsWith("start")) {
                    refuse(call, SandboxRefusal.THREADS);
                }
                super.visitStaticMethodCallExpression(call);
            }

            @Override
            public void visitMethodPointerExpression(MethodPointerExpression ptr) {
                if (isSystemOwner(ptr.getExpression())) {
                    refuseIfListed(ptr, refusedSystemMethod(ptr.getMethodName().getText()));
                }
                super.visitMethodPointerExpression(ptr);
            }

            // .@ reads a field past its getter: engine objects' private fields are not the scripting API
            @Override
            public void visitAttributeExpression(AttributeExpression expression) {
                refuse(expression, SandboxRefusal.FIELDS);
                super.visitAttributeExpression(expression);
            }

            @Override
            public void visitPropertyExpression(PropertyExpression expression) {
                if (isSystemOwner(expression.getObjectExpression())) {
                    refuseIfListed(expression, SYSTEM_PROPERTIES.get(expression.getPropertyAsString()));
                }
                super.visitPropertyExpression(expression);
            }

            private void refuseIfListed(Expression at, String refusal) {
                if (refusal != null) {
                    refuse(at, refusal);
                }
            }

            /** One refusal per line: {@code File f = new File(p)} is one mistake, not two. */
            private void refuse(ASTNode at, String message) {
                if (refusedLines.add(at.getLineNumber())) {
                    source.addError(new SyntaxException(message, at.getLineNumber(), at.getColumnNumber()));
                }
            }

            private void checkType(ClassNode type, ASTNode at) {
                if (type == null) {
                    return;
                }
                ClassNode element = type;
                while (element.isArray()) {
                    element = element.getComponentType();
                }
                String refusal = refusedClass(element.getName());
                if (refusal != null) {
                    refuse(at, refusal);
                }
            }
        }.visitClass(classNode);
    }

    private static boolean isThreadClass(Expression owner) {
        return owner instanceof ClassExpression c && "java.lang.Thread".equals(c.getType().getName());
    }

    private static boolean isSystemOwner(Expression owner) {
        if (owner instanceof ClassExpression c) {
            return SYSTEM_OWNERS.contains(c.getType().getName());
        }
        if (owner instanceof VariableExpression v) {
            return SYSTEM_OWNERS.contains(v.getName());
        }
        if (owner instanceof MethodCallExpression inner) {
            return "getRuntime".equals(inner.getMethodAsString());
        }
        if (owner instanceof PropertyExpression p) {
            return "runtime".equals(p.getPropertyAsString());
        }
        return false;
    }
}
