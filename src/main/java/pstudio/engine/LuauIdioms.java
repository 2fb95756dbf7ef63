package pstudio.engine;

import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.SpreadExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.CatchStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;
import pstudio.engine.luau.DirectCall;
import pstudio.engine.luau.LuauLibraries;

/**
 * Compile-time rewrites that give Groovy scripts the behaviour a Luau developer expects:
 * <ul>
 *   <li>{@code wait(1)} is Roblox's deprecated global, not Java's {@code Object.wait};</li>
 *   <li>{@code print} and {@code warn} carry their line, known here, instead of finding it on the stack;</li>
 *   <li>{@code nil} means null;</li>
 *   <li>a function held in a variable is called the Luau way ({@code f(1, 2)} on {@code { a -> }});</li>
 *   <li>{@code math.floor(x)} and the other standard-library calls are direct static calls;</li>
 *   <li>{@code catch (e)} receives an error whose message is a sentence about the script, and never
 *       catches a stop.</li>
 * </ul>
 */
final class LuauIdioms extends CompilationCustomizer {
    private static final ClassNode RUNTIME = ClassHelper.make(ScriptRuntime.class);
    private static final Set<String> CATCH_ALL = Set.of("java.lang.Object", "java.lang.Exception",
            "java.lang.Throwable", "java.lang.RuntimeException");

    LuauIdioms() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        boolean ownWait = !classNode.getDeclaredMethods("wait").isEmpty();
        Set<String> ownOutput = Set.of("print", "warn").stream()
                .filter(n -> !classNode.getDeclaredMethods(n).isEmpty()).collect(java.util.stream.Collectors.toSet());
        new ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public Expression transform(Expression e) {
                if (e instanceof VariableExpression v && "nil".equals(v.getName())
                        && v.getAccessedVariable() instanceof DynamicVariable) {
                    return at(new ConstantExpression(null), v);
                }
                if (e instanceof MethodCallExpression call) {
                    Expression rewritten = rewriteCall(call, ownWait, ownOutput);
                    if (rewritten != null) {
                        return rewritten;
                    }
                }
                if (e instanceof ClosureExpression closure) {
                    closure.getCode().visit(this);
                    return closure;
                }
                return super.transform(e);
            }

            private Expression rewriteCall(MethodCallExpression call, boolean scriptDefinesWait,
                                           Set<String> scriptDefinesOutput) {
                String name = call.getMethodAsString();
                if (call.isImplicitThis() && ("print".equals(name) || "warn".equals(name))
                        && !scriptDefinesOutput.contains(name) && call.getArguments() instanceof TupleExpression args
                        && args.getExpressions().stream().noneMatch(a -> a instanceof SpreadExpression)) {
                    ArgumentListExpression withLine = new ArgumentListExpression();
                    withLine.addExpression(new ConstantExpression(call.getLineNumber(), true));
                    args.getExpressions().forEach(a -> withLine.addExpression(transform(a)));
                    MethodCallExpression located = new MethodCallExpression(VariableExpression.THIS_EXPRESSION,
                            name + "At", withLine);
                    located.setImplicitThis(true);
                    return at(located, call);
                }
                if (call.isImplicitThis() && "wait".equals(call.getMethodAsString()) && !scriptDefinesWait) {
                    MethodCallExpression renamed = new MethodCallExpression(VariableExpression.THIS_EXPRESSION,
                            "luauWait", transform(call.getArguments()));
                    renamed.setImplicitThis(true);
                    return at(renamed, call);
                }
                Expression library = libraryCall(call);
                if (library != null) {
                    return library;
                }
                if (!call.isImplicitThis() && "call".equals(call.getMethodAsString())
                        && call.getObjectExpression() instanceof VariableExpression v && !v.isThisExpression()
                        && !(v.getAccessedVariable() instanceof DynamicVariable)
                        && call.getArguments() instanceof TupleExpression args
                        && args.getExpressions().stream().noneMatch(a -> a instanceof SpreadExpression)) {
                    ArrayExpression packed = new ArrayExpression(ClassHelper.OBJECT_TYPE,
                            args.getExpressions().stream().map(this::transform).toList());
                    MethodCallExpression luauCall = new MethodCallExpression(new ClassExpression(RUNTIME), "call",
                            new ArgumentListExpression(v, packed));
                    return at(luauCall, call);
                }
                return null;
            }

            /**
             * {@code math.floor(x)} on the global (not a local of that name) becomes a direct call of
             * the library's static method: no global lookup, no dynamic dispatch by name.
             */
            private Expression libraryCall(MethodCallExpression call) {
                if (call.isImplicitThis() || !(call.getObjectExpression() instanceof VariableExpression v)
                        || !(v.getAccessedVariable() instanceof DynamicVariable)
                        || !(call.getArguments() instanceof TupleExpression args)
                        || args.getExpressions().stream().anyMatch(a -> a instanceof SpreadExpression
                                || a instanceof org.codehaus.groovy.ast.expr.MapExpression)
                        || call.getMethodAsString() == null) {
                    return null;
                }
                java.util.List<Expression> given = args.getExpressions();
                java.lang.reflect.Method target = LuauLibraries.staticFunction(v.getName(), call.getMethodAsString(),
                        given.size());
                if (target == null) {
                    return null;
                }
                Class<?>[] params = target.getParameterTypes();
                java.util.List<Expression> passed = new java.util.ArrayList<>();
                int fixed = target.isVarArgs() ? params.length - 1 : params.length;
                for (int i = 0; i < fixed; i++) {
                    passed.add(i < given.size() ? transform(given.get(i)) : new ConstantExpression(null));
                }
                if (target.isVarArgs()) {
                    passed.add(new ArrayExpression(ClassHelper.OBJECT_TYPE, given.subList(Math.min(fixed, given.size()),
                            given.size()).stream().map(this::transform).toList()));
                }
                return DirectCall.of(DirectCall.method(target), call, passed.toArray(Expression[]::new));
            }

            @Override
            public void visitCatchStatement(CatchStatement statement) {
                Parameter p = statement.getVariable();
                if (CATCH_ALL.contains(p.getType().getName()) || p.isDynamicTyped()) {
                    VariableExpression ref = new VariableExpression(p);
                    MethodCallExpression translate = new MethodCallExpression(new ClassExpression(RUNTIME), "caught",
                            new ArgumentListExpression(ref));
                    Statement assign = new ExpressionStatement(new BinaryExpression(new VariableExpression(p),
                            Token.newSymbol(Types.ASSIGN, -1, -1), translate));
                    BlockStatement block = new BlockStatement();
                    block.addStatement(assign);
                    block.addStatement(statement.getCode());
                    block.setVariableScope(statement.getCode() instanceof BlockStatement b ? b.getVariableScope() : null);
                    statement.setCode(block);
                }
                super.visitCatchStatement(statement);
            }
        }.visitClass(classNode);
    }

    private static <T extends Expression> T at(T replacement, Expression original) {
        replacement.setSourcePosition(original);
        return replacement;
    }
}
