package pstudio.engine.luau;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;

/**
 * Builds calls that Groovy compiles to a plain {@code invokestatic}: a call with a method target
 * is written directly instead of through a dynamic call site. Direct calls link once for every
 * script; a dynamic call site links and warms up in each script on its own.
 */
public final class DirectCall {
    private DirectCall() {
    }

    /** The method node of a public static method of a loaded class. */
    public static MethodNode method(Method m) {
        ClassNode owner = ClassHelper.make(m.getDeclaringClass());
        Parameter[] params = Arrays.stream(m.getParameterTypes())
                .map(t -> new Parameter(ClassHelper.make(t), "p")).toArray(Parameter[]::new);
        MethodNode node = owner.getDeclaredMethod(m.getName(), params);
        if (node == null) {
            throw new IllegalStateException("no method node for " + m);
        }
        return node;
    }

    /** {@code target(args)} as a direct static call at {@code at}'s position. */
    public static MethodCallExpression of(MethodNode target, ASTNode at, Expression... args) {
        ClassExpression owner = new ClassExpression(target.getDeclaringClass());
        owner.setSourcePosition(at);
        MethodCallExpression call = new MethodCallExpression(owner, target.getName(), new ArgumentListExpression(args));
        call.setImplicitThis(false);
        call.setMethodTarget(target);
        // Groovy's own typing of expressions reads this: a double result stays an unboxed double
        call.setType(target.getReturnType());
        call.setSourcePosition(at);
        return call;
    }
}
