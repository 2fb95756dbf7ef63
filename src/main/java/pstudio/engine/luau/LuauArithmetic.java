package pstudio.engine.luau;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Variable;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ClosureListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Gives scripts Luau's numbers at compile time. Arithmetic, comparisons, compound assignments and
 * {@code ++}/{@code --} become direct static calls of {@link LuauOps} (invokestatic, not dynamic
 * call sites, so they are warm for every script at once); decimal literals become doubles; chains
 * of {@code **} (Luau's {@code ^}, see {@link PowerSyntax}) become right-associative; GString
 * values are formatted by {@link LuauFormat}. Typed primitive operands ({@code int i},
 * {@code double s}) keep their types through typed overloads, as Groovy's own arithmetic would
 * (Groovy 5 makes even that a dynamic call), except that {@code /} and {@code ^} give a double
 * and {@code %} is floored; typed comparisons stay the JVM's own. Code under
 * {@code @CompileStatic} or {@code @TypeChecked} keeps Groovy's arithmetic.
 */
public final class LuauArithmetic extends CompilationCustomizer {
    /** Set by Groovy's parser on an expression written in parentheses. */
    private static final String PARENTHESES = "_INSIDE_PARENTHESES_LEVEL";
    private static final List<String> STATIC_ANNOTATIONS = List.of("groovy.transform.CompileStatic",
            "groovy.transform.TypeChecked");

    private static final ClassNode OPS = ClassHelper.make(LuauOps.class);
    private static final ClassNode OBJECT = ClassHelper.OBJECT_TYPE;
    private static final ClassNode INT = ClassHelper.int_TYPE;
    private static final ClassNode LONG = ClassHelper.long_TYPE;
    private static final ClassNode DOUBLE = ClassHelper.double_TYPE;

    private static final MethodNode ADD = method(OPS, "add", OBJECT, OBJECT);
    private static final MethodNode SUB = method(OPS, "sub", OBJECT, OBJECT);
    private static final MethodNode MUL = method(OPS, "mul", OBJECT, OBJECT);
    private static final MethodNode ADD_INT = method(OPS, "add", INT, INT);
    private static final MethodNode SUB_INT = method(OPS, "sub", INT, INT);
    private static final MethodNode MUL_INT = method(OPS, "mul", INT, INT);
    private static final MethodNode ADD_LONG = method(OPS, "add", LONG, LONG);
    private static final MethodNode SUB_LONG = method(OPS, "sub", LONG, LONG);
    private static final MethodNode MUL_LONG = method(OPS, "mul", LONG, LONG);
    private static final MethodNode ADD_DOUBLE = method(OPS, "add", DOUBLE, DOUBLE);
    private static final MethodNode SUB_DOUBLE = method(OPS, "sub", DOUBLE, DOUBLE);
    private static final MethodNode MUL_DOUBLE = method(OPS, "mul", DOUBLE, DOUBLE);
    private static final MethodNode DIV = method(OPS, "div", OBJECT, OBJECT);
    private static final MethodNode DIV_DOUBLE = method(OPS, "div", DOUBLE, DOUBLE);
    private static final MethodNode MOD = method(OPS, "mod", OBJECT, OBJECT);
    private static final MethodNode MOD_INT = method(OPS, "mod", INT, INT);
    private static final MethodNode MOD_LONG = method(OPS, "mod", LONG, LONG);
    private static final MethodNode MOD_DOUBLE = method(OPS, "mod", DOUBLE, DOUBLE);
    private static final MethodNode POW = method(OPS, "pow", OBJECT, OBJECT);
    private static final MethodNode POW_DOUBLE = method(OPS, "pow", DOUBLE, DOUBLE);
    private static final MethodNode UNM = method(OPS, "unm", OBJECT);
    private static final MethodNode UNM_INT = method(OPS, "unm", INT);
    private static final MethodNode UNM_LONG = method(OPS, "unm", LONG);
    private static final MethodNode UNM_DOUBLE = method(OPS, "unm", DOUBLE);
    private static final MethodNode LT = method(OPS, "lt", OBJECT, OBJECT);
    private static final MethodNode LE = method(OPS, "le", OBJECT, OBJECT);
    private static final MethodNode GT = method(OPS, "gt", OBJECT, OBJECT);
    private static final MethodNode GE = method(OPS, "ge", OBJECT, OBJECT);
    private static final MethodNode NEXT = method(OPS, "next", OBJECT);
    private static final MethodNode PREVIOUS = method(OPS, "previous", OBJECT);
    private static final MethodNode FORMER = method(OPS, "former", OBJECT, OBJECT);
    private static final MethodNode FORMER_INT = method(OPS, "former", INT, INT);
    private static final MethodNode FORMER_LONG = method(OPS, "former", LONG, LONG);
    private static final MethodNode FORMER_DOUBLE = method(OPS, "former", DOUBLE, DOUBLE);
    private static final MethodNode UPDATE_AT = method(OPS, "updateAt", OBJECT, OBJECT, INT, OBJECT);
    private static final MethodNode UPDATE_PROPERTY = method(OPS, "updateProperty", OBJECT, OBJECT, INT, OBJECT);
    private static final MethodNode TO_DOUBLE = method(OPS, "toDouble", OBJECT);
    private static final MethodNode TOSTRING = method(ClassHelper.make(LuauFormat.class), "tostring", OBJECT);

    public LuauArithmetic() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!isStaticallyCompiled(classNode)) {
            new Transformer(source).visitClass(classNode);
        }
    }

    private static boolean isStaticallyCompiled(AnnotatedNode node) {
        for (AnnotationNode a : node.getAnnotations()) {
            if (STATIC_ANNOTATIONS.contains(a.getClassNode().getName())) {
                return true;
            }
        }
        return false;
    }

    private static final class Transformer extends ClassCodeExpressionTransformer {
        private final SourceUnit source;

        Transformer(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
            if (!isStaticallyCompiled(node)) {
                super.visitConstructorOrMethod(node, isConstructor);
            }
        }

        @Override
        public Expression transform(Expression e) {
            if (e == null) {
                return null;
            }
            if (e instanceof ClosureExpression closure) {
                closure.visit(this);
                return closure;
            }
            if (e instanceof ConstantExpression constant) {
                return literal(constant);
            }
            if (e instanceof DeclarationExpression declaration) {
                declaration.setRightExpression(transform(declaration.getRightExpression()));
                return declaration;
            }
            if (e instanceof BinaryExpression binary) {
                return binary(binary);
            }
            if (e instanceof UnaryMinusExpression minus) {
                return negate(minus);
            }
            if (e instanceof PrefixExpression prefix) {
                return step(prefix, prefix.getExpression(), prefix.getOperation(), true);
            }
            if (e instanceof PostfixExpression postfix) {
                return step(postfix, postfix.getExpression(), postfix.getOperation(), false);
            }
            if (e instanceof GStringExpression gstring) {
                return formatted(gstring);
            }
            if (e instanceof ClosureListExpression loop) {
                // in place: a copy would lose the for loop's variable scope
                List<Expression> parts = loop.getExpressions();
                parts.replaceAll(this::transform);
                return loop;
            }
            return e.transformExpression(this);
        }

        /** Decimal (and too-long whole) literals are doubles, as every Luau number is. */
        private static Expression literal(ConstantExpression c) {
            Object v = c.getValue();
            if (v instanceof BigDecimal || v instanceof BigInteger) {
                ConstantExpression d = new ConstantExpression(((Number) v).doubleValue(), true);
                d.setSourcePosition(c);
                d.copyNodeMetaData(c);
                return d;
            }
            return c;
        }

        private Expression binary(BinaryExpression b) {
            int op = b.getOperation().getType();
            switch (op) {
                case Types.POWER:
                    return power(b);
                case Types.PLUS:
                case Types.MINUS:
                case Types.MULTIPLY:
                case Types.DIVIDE:
                case Types.REMAINDER:
                case Types.MOD:
                    return operation(op, transform(b.getLeftExpression()), transform(b.getRightExpression()), b);
                case Types.COMPARE_LESS_THAN:
                case Types.COMPARE_LESS_THAN_EQUAL:
                case Types.COMPARE_GREATER_THAN:
                case Types.COMPARE_GREATER_THAN_EQUAL:
                    return comparison(b, op);
                case Types.PLUS_EQUAL:
                case Types.MINUS_EQUAL:
                case Types.MULTIPLY_EQUAL:
                case Types.DIVIDE_EQUAL:
                case Types.REMAINDER_EQUAL:
                case Types.MOD_EQUAL:
                case Types.POWER_EQUAL:
                    return compound(b, op);
                default:
                    b.setLeftExpression(transform(b.getLeftExpression()));
                    b.setRightExpression(transform(b.getRightExpression()));
                    return b;
            }
        }

        /** Typed primitives compare with the JVM's own instructions, as Groovy writes them; the rest as Luau does. */
        private Expression comparison(BinaryExpression b, int op) {
            Expression l = transform(b.getLeftExpression());
            Expression r = transform(b.getRightExpression());
            if (numericType(l) != null && numericType(r) != null) {
                b.setLeftExpression(l);
                b.setRightExpression(r);
                return b;
            }
            return call(switch (op) {
                case Types.COMPARE_LESS_THAN -> LT;
                case Types.COMPARE_LESS_THAN_EQUAL -> LE;
                case Types.COMPARE_GREATER_THAN -> GT;
                default -> GE;
            }, b, l, r);
        }

        /**
         * {@code l op r} (arithmetic) with transformed operands: typed primitives keep their types,
         * except that {@code /} and {@code ^} give a double.
         */
        private Expression operation(int op, Expression l, Expression r, Expression at) {
            ClassNode lt = numericType(l);
            ClassNode rt = numericType(r);
            // literals alone are Luau numbers: 2147483647 + 1 does not wrap
            boolean primitive = lt != null && rt != null && !(isLiteral(l) && isLiteral(r));
            switch (op) {
                case Types.PLUS, Types.MINUS, Types.MULTIPLY -> {
                    if (!primitive) {
                        return call(op == Types.PLUS ? ADD : op == Types.MINUS ? SUB : MUL, at, l, r);
                    }
                    ClassNode wide = wider(lt, rt);
                    MethodNode typed = switch (op) {
                        case Types.PLUS -> wide == INT ? ADD_INT : wide == LONG ? ADD_LONG : ADD_DOUBLE;
                        case Types.MINUS -> wide == INT ? SUB_INT : wide == LONG ? SUB_LONG : SUB_DOUBLE;
                        default -> wide == INT ? MUL_INT : wide == LONG ? MUL_LONG : MUL_DOUBLE;
                    };
                    return call(typed, at, l, r);
                }
                case Types.DIVIDE -> {
                    return call(primitive ? DIV_DOUBLE : DIV, at, l, r);
                }
                case Types.POWER -> {
                    return call(primitive ? POW_DOUBLE : POW, at, l, r);
                }
                default -> {
                    if (!primitive) {
                        return call(MOD, at, l, r);
                    }
                    ClassNode wide = wider(lt, rt);
                    return call(wide == INT ? MOD_INT : wide == LONG ? MOD_LONG : MOD_DOUBLE, at, l, r);
                }
            }
        }

        /**
         * Groovy reads {@code a ** b ** c} as {@code (a ** b) ** c}; Luau's {@code a ^ b ^ c} is
         * {@code a ^ (b ^ c)}. Parenthesized operands stay whole.
         */
        private Expression power(BinaryExpression b) {
            List<Expression> operands = new ArrayList<>();
            List<BinaryExpression> operators = new ArrayList<>();
            Expression left = b;
            while (left instanceof BinaryExpression chain && chain.getOperation().getType() == Types.POWER
                    && (chain == b || !isParenthesized(chain))) {
                operands.add(0, chain.getRightExpression());
                operators.add(0, chain);
                left = chain.getLeftExpression();
            }
            operands.add(0, left);
            Expression result = transform(operands.get(operands.size() - 1));
            for (int i = operands.size() - 2; i >= 0; i--) {
                result = operation(Types.POWER, transform(operands.get(i)), result, operators.get(i));
            }
            return result;
        }

        /** {@code x op= v}: the variable, element or property gets {@code x op v}, its parts evaluated once. */
        private Expression compound(BinaryExpression b, int op) {
            int plain = plainOperator(op);
            Expression target = b.getLeftExpression();
            Expression value = transform(b.getRightExpression());
            if (target instanceof VariableExpression v) {
                if (numericType(v) == DOUBLE && numericType(value) == null) {
                    // the result is a double anyway: unboxed all the way, and a non-number says so
                    value = call(TO_DOUBLE, value, value);
                }
                return assign(v, operation(plain, v.clone(), value, b), b);
            }
            if (target instanceof BinaryExpression index && index.getOperation().getType() == Types.LEFT_SQUARE_BRACKET
                    && !index.isSafe()) {
                Expression receiver = transform(index.getLeftExpression());
                Expression key = transform(index.getRightExpression());
                if (isRepeatable(receiver) && isRepeatable(key)) {
                    Expression read = new BinaryExpression(copy(receiver), index.getOperation(), copy(key));
                    read.setSourcePosition(index);
                    index.setLeftExpression(receiver);
                    index.setRightExpression(key);
                    return assign(index, operation(plain, read, value, b), b);
                }
                return call(UPDATE_AT, b, receiver, key, code(plain, b), value);
            }
            if (target instanceof PropertyExpression property && !(target instanceof AttributeExpression)
                    && !property.isSafe() && !property.isSpreadSafe()) {
                Expression receiver = transform(property.getObjectExpression());
                if (isRepeatable(receiver) && property.getProperty() instanceof ConstantExpression) {
                    PropertyExpression read = new PropertyExpression(copy(receiver), copy(property.getProperty()));
                    read.setImplicitThis(property.isImplicitThis());
                    read.setStatic(property.isStatic());
                    read.setSourcePosition(property);
                    property.setObjectExpression(receiver);
                    return assign(property, operation(plain, read, value, b), b);
                }
                return call(UPDATE_PROPERTY, b, receiver, transform(property.getProperty()), code(plain, b), value);
            }
            b.setLeftExpression(transform(target));
            b.setRightExpression(value);
            return b;
        }

        /**
         * {@code x++}, {@code --x} on a variable: untyped, a step that does not wrap at 2^31;
         * typed, the typed operation (Groovy's own would be a dynamic call).
         */
        private Expression step(Expression e, Expression operand, Token operation, boolean prefix) {
            if (!(operand instanceof VariableExpression v)) {
                return e.transformExpression(this);
            }
            boolean up = operation.getType() == Types.PLUS_PLUS;
            ClassNode t = numericType(v);
            Expression stepped;
            MethodNode former;
            if (t == null) {
                stepped = call(up ? NEXT : PREVIOUS, e, v.clone());
                former = FORMER;
            } else {
                ConstantExpression one = new ConstantExpression(1, true);
                one.setSourcePosition(e);
                stepped = operation(up ? Types.PLUS : Types.MINUS, v.clone(), one, e);
                former = t == INT ? FORMER_INT : t == LONG ? FORMER_LONG : FORMER_DOUBLE;
            }
            Expression update = assign(v, stepped, e);
            return prefix ? update : call(former, e, v.clone(), update);
        }

        private Expression negate(UnaryMinusExpression minus) {
            Expression operand = transform(minus.getExpression());
            ClassNode t = isLiteral(operand) ? null : numericType(operand);
            MethodNode unm = t == null ? UNM : t == INT ? UNM_INT : t == LONG ? UNM_LONG : UNM_DOUBLE;
            return call(unm, minus, operand);
        }

        /** GString values as {@code tostring} writes them; lazy {@code ${-> x}} closures stay lazy. */
        private Expression formatted(GStringExpression g) {
            List<Expression> values = new ArrayList<>();
            for (Expression v : g.getValues()) {
                values.add(v instanceof ClosureExpression ? transform(v) : call(TOSTRING, v, transform(v)));
            }
            GStringExpression out = new GStringExpression(g.getText(), g.getStrings(), values);
            out.setSourcePosition(g);
            out.copyNodeMetaData(g);
            return out;
        }

        private static Expression assign(Expression target, Expression value, ASTNode at) {
            BinaryExpression assignment = new BinaryExpression(target, Token.newSymbol(Types.ASSIGN,
                    at.getLineNumber(), at.getColumnNumber()), value);
            assignment.setSourcePosition(at);
            return assignment;
        }

        private static Expression code(int plain, ASTNode at) {
            int code = switch (plain) {
                case Types.PLUS -> LuauOps.ADD;
                case Types.MINUS -> LuauOps.SUB;
                case Types.MULTIPLY -> LuauOps.MUL;
                case Types.DIVIDE -> LuauOps.DIV;
                case Types.POWER -> LuauOps.POW;
                default -> LuauOps.MOD;
            };
            ConstantExpression c = new ConstantExpression(code, true);
            c.setSourcePosition(at);
            return c;
        }
    }

    private static int plainOperator(int compound) {
        return switch (compound) {
            case Types.PLUS_EQUAL -> Types.PLUS;
            case Types.MINUS_EQUAL -> Types.MINUS;
            case Types.MULTIPLY_EQUAL -> Types.MULTIPLY;
            case Types.DIVIDE_EQUAL -> Types.DIVIDE;
            case Types.POWER_EQUAL -> Types.POWER;
            default -> Types.REMAINDER;
        };
    }

    private static MethodCallExpression call(MethodNode target, ASTNode at, Expression... args) {
        return DirectCall.of(target, at, args);
    }

    /**
     * int, long or double when {@code e} is statically a primitive number, as Groovy's own
     * compiler sees it (a variable shared with a closure is boxed); null otherwise.
     */
    static ClassNode numericType(Expression e) {
        ClassNode t = null;
        if (e instanceof VariableExpression v) {
            if (v.isClosureSharedVariable() || v.isThisExpression() || v.isSuperExpression()) {
                return null;
            }
            Variable accessed = v.getAccessedVariable();
            t = accessed != null ? accessed.getOriginType() : v.getOriginType();
        } else if (e instanceof ConstantExpression c) {
            t = c.getValue() instanceof Number ? c.getType() : null;
        } else if (e instanceof CastExpression cast) {
            t = cast.getType();
        } else if (e instanceof MethodCallExpression m && m.getMethodTarget() != null
                && m.getMethodTarget().getDeclaringClass().getName().equals(OPS.getName())) {
            t = m.getMethodTarget().getReturnType();
        }
        return t == null ? null : category(t);
    }

    private static ClassNode category(ClassNode t) {
        if (ClassHelper.isPrimitiveInt(t) || ClassHelper.isPrimitiveShort(t) || ClassHelper.isPrimitiveByte(t)
                || ClassHelper.isPrimitiveChar(t)) {
            return INT;
        }
        if (ClassHelper.isPrimitiveLong(t)) {
            return LONG;
        }
        if (ClassHelper.isPrimitiveDouble(t) || ClassHelper.isPrimitiveFloat(t)) {
            return DOUBLE;
        }
        return null;
    }

    private static ClassNode wider(ClassNode a, ClassNode b) {
        if (a == DOUBLE || b == DOUBLE) {
            return DOUBLE;
        }
        return a == LONG || b == LONG ? LONG : INT;
    }

    private static boolean isLiteral(Expression e) {
        return e instanceof ConstantExpression;
    }

    private static boolean isParenthesized(Expression e) {
        Number level = e.getNodeMetaData(PARENTHESES);
        return level != null && level.intValue() > 0;
    }

    /** Reading it twice has no effect and gives the same value: a local, a constant, {@code this}. */
    private static boolean isRepeatable(Expression e) {
        return e instanceof ConstantExpression || e instanceof ClassExpression
                || e instanceof VariableExpression v && !v.isSuperExpression();
    }

    private static Expression copy(Expression e) {
        if (e instanceof VariableExpression v) {
            return v.clone();
        }
        if (e instanceof ClassExpression c) {
            ClassExpression copy = new ClassExpression(c.getType());
            copy.setSourcePosition(c);
            return copy;
        }
        ConstantExpression c = (ConstantExpression) e;
        ConstantExpression copy = new ConstantExpression(c.getValue(), ClassHelper.isPrimitiveType(c.getType()));
        copy.setSourcePosition(c);
        return copy;
    }

    private static MethodNode method(ClassNode owner, String name, ClassNode... params) {
        return DirectCall.method(owner, name, params);
    }
}
