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
        return method(ClassHelper.make(m.getDeclaringClass()), m.getName(),
                Arrays.stream(m.getParameterTypes()).map(ClassHelper::make).toArray(ClassNode[]::new));
    }

    /** The method of {@code owner} with that name and exactly those parameter types. */
    public static MethodNode method(ClassNode owner, String name, ClassNode... params) {
        for (MethodNode m : owner.getMethods(name)) {
            Parameter[] ps = m.getParameters();
            boolean same = ps.length == params.length;
            for (int i = 0; same && i < ps.length; i++) {
                same = ps[i].getType().equals(params[i]);
            }
            if (same) {
                return m;
            }
        }
        throw new IllegalStateException("no " + owner.getName() + "." + name);
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
