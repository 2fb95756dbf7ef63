package pstudio.engine;

import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Refuses, at compile time, the obvious ways to end the studio's process from a script
 * ({@code System.exit}, {@code Runtime.getRuntime().halt}), as an error at the call's line and
 * column. {@link ExitGuard} is the runtime backstop for the ways a compiler cannot see.
 */
final class ExitDenylist extends CompilationCustomizer {
    static final String MESSAGE = "ending the process is not allowed in scripts (System.exit / Runtime.halt)";
    private static final Set<String> EXIT_METHODS = Set.of("exit", "halt");
    private static final Set<String> EXIT_OWNERS = Set.of("System", "java.lang.System", "Runtime", "java.lang.Runtime");

    private ExitDenylist() {
        super(CompilePhase.CANONICALIZATION);
    }

    static CompilationCustomizer customizer() {
        return new ExitDenylist();
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if (isExitName(call.getMethodAsString()) && isExitOwner(call.getObjectExpression())) {
                    refuse(source, call);
                }
                super.visitMethodCallExpression(call);
            }

            @Override
            public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
                if (EXIT_METHODS.contains(call.getMethod()) && EXIT_OWNERS.contains(call.getOwnerType().getName())) {
                    refuse(source, call);
                }
                super.visitStaticMethodCallExpression(call);
            }

            @Override
            public void visitMethodPointerExpression(MethodPointerExpression ptr) {
                if (isExitName(ptr.getMethodName().getText()) && isExitOwner(ptr.getExpression())) {
                    refuse(source, ptr);
                }
                super.visitMethodPointerExpression(ptr);
            }
        }.visitClass(classNode);
    }

    private static void refuse(SourceUnit source, Expression at) {
        source.addError(new SyntaxException(MESSAGE, at.getLineNumber(), at.getColumnNumber()));
    }

    /** Dynamic names ({@code System."$name"()}) have no text here; the runtime guard covers them. */
    private static boolean isExitName(String name) {
        return name != null && EXIT_METHODS.contains(name);
    }

    private static boolean isExitOwner(Expression owner) {
        if (owner instanceof ClassExpression c) {
            return EXIT_OWNERS.contains(c.getType().getName());
        }
        if (owner instanceof VariableExpression v) {
            return EXIT_OWNERS.contains(v.getName());
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
