package pstudio.engine;

import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.groovy.runtime.typehandling.GroovyCastException;
import pstudio.engine.datatypes.Datatype;
import pstudio.place.Instance;
import pstudio.place.InstanceException;

/**
 * Writes what went wrong in a script as a sentence about the script: Luau's wording where Luau
 * has one ({@code attempt to index nil with 'foo'}, {@code invalid argument #1 to 'wait'}), never a
 * Java package, a Java exception class or a generated class name.
 */
public final class ErrorText {
    /** The message of a script that ran out of memory; the engine process ends the run when it sees it. */
    public static final String OUT_OF_MEMORY = "not enough memory";
    private static final Pattern GENERATED = Pattern.compile(ScriptCompiler.CLASS_PREFIX
            + "[0-9a-f]+(\\$[\\w$]+)?(\\.groovy)?");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern NULL_PROPERTY = Pattern.compile("Cannot (?:get|set) property '([^']*)' on null object");
    private static final Pattern NULL_METHOD = Pattern.compile("Cannot invoke method ([^(]*)\\(\\) on null object");
    private static final Pattern CAST = Pattern.compile(
            "Cannot cast object '(.*)' with class '([\\w.$\\[\\];]+)' to class '([\\w.$\\[\\];]+)'.*", Pattern.DOTALL);
    private static final Pattern INPUT_STRING = Pattern.compile("For input string: \"(.*)\"(?: under radix \\d+)?");
    private static final Pattern INDEX = Pattern.compile("(?:Index|index|offset) (-?\\d+)(?:,)? ?(?:out of bounds for )?"
            + "(?:length|size)?:? ?(\\d+)?.*");
    private static final Map<String, String> API_NAMES = Map.of(
            "Coroutine", "thread", "ScriptError", "error", "ActorRuntime", "Actor", "InstanceException", "error",
            "DispatchHandle", "DispatchHandle", "JobScheduler", "JobScheduler", "DispatchResult", "result");

    private ErrorText() {
    }

    /** The message for {@code t} as a script author reads it; {@code script} names the script where it happened. */
    public static String of(Throwable t, String script) {
        String text = describe(t, script);
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    @SuppressWarnings("removal")
    private static String describe(Throwable t, String script) {
        String own = t.getMessage();
        if (t instanceof pstudio.place.WrongArguments w) {
            return wrongArguments(w.type(), w.method(), w.arguments());
        }
        if (t instanceof ScriptError || t instanceof InstanceException) {
            return own == null ? "nil" : clean(own, script);
        }
        if (t instanceof MissingPropertyException mpe) {
            return missingProperty(mpe);
        }
        if (t instanceof MissingMethodException mme) {
            return missingMethod(mme);
        }
        if (t instanceof org.codehaus.groovy.runtime.metaclass.MethodSelectionException) {
            String name = own == null ? "" : own.replaceAll("(?s).*method (\\w+)\\(\\).*", "$1");
            return "invalid arguments to '" + name + "' (an argument is missing or nil)";
        }
        if (t instanceof GroovyCastException && own != null) {
            Matcher m = CAST.matcher(own);
            if (m.matches()) {
                return "cannot convert " + javaTypeName(m.group(2)) + " '" + m.group(1) + "' to "
                        + javaTypeName(m.group(3));
            }
        }
        if (t instanceof NullPointerException) {
            return nilUse(own);
        }
        if (t instanceof NumberFormatException && own != null) {
            Matcher m = INPUT_STRING.matcher(own);
            return m.matches() ? "'" + m.group(1) + "' is not a number" : clean(own, script);
        }
        if (t instanceof IndexOutOfBoundsException) {
            Matcher m = own == null ? null : INDEX.matcher(own);
            if (m != null && m.matches()) {
                return "index " + m.group(1) + " is out of range" + (m.group(2) == null ? ""
                        : " (there are " + m.group(2) + " items)");
            }
            return "index out of range";
        }
        if (t instanceof java.util.ConcurrentModificationException) {
            return "a list or map was changed while it was being looped over";
        }
        if (t instanceof UnsupportedOperationException) {
            return "this value cannot be changed";
        }
        if (t instanceof ArithmeticException) {
            return "attempt to divide by zero";
        }
        if (t instanceof StackOverflowError) {
            return "stack overflow (endless recursion?)";
        }
        if (t instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (t instanceof java.security.AccessControlException refused) {
            return SandboxRefusal.of(refused.getPermission());
        }
        if (t instanceof SecurityException) {
            return SandboxRefusal.OTHER;
        }
        if (t instanceof InterruptedException) {
            return "the thread was interrupted";
        }
        if (t instanceof IllegalMonitorStateException) {
            return "'wait' here is Java's, not Roblox's: use task.wait(seconds)";
        }
        if (own != null && !own.isBlank()) {
            return clean(own, script);
        }
        return kindWords(t.getClass().getSimpleName());
    }

    private static String missingProperty(MissingPropertyException e) {
        Class<?> type = e.getType();
        if (type != null && Datatype.class.isAssignableFrom(type) && hasGetter(type, e.getProperty())) {
            // a datatype's properties all read, so a missing one that has a getter was a write
            return e.getProperty() + " cannot be assigned to: a " + typeName(type) + " never changes, make a new one";
        }
        if (isGenerated(type)) {
            return "'" + e.getProperty() + "' is not defined";
        }
        return e.getProperty() + " is not a valid member of " + typeName(type);
    }

    private static boolean hasGetter(Class<?> type, String property) {
        try {
            type.getMethod("get" + property);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String missingMethod(MissingMethodException e) {
        Class<?> type = e.getType();
        String name = e.getMethod();
        int given = e.getArguments() == null ? 0 : e.getArguments().length;
        if (type != null && Closure.class.isAssignableFrom(type)) {
            return "this function takes " + parameterCounts(type, "doCall") + ", not " + countText(given);
        }
        if (isGenerated(type)) {
            String counts = parameterCounts(type, name);
            return counts == null ? "'" + name + "' is not a function defined in this script or a global"
                    : "'" + name + "' takes " + counts + ", not " + countText(given);
        }
        return wrongArguments(type, name, e.getArguments());
    }

    /** {@code invalid argument #1 to 'FindFirstChild' (string expected, got number 5)}, or a missing member. */
    private static String wrongArguments(Class<?> type, String name, Object[] given) {
        List<Method> candidates = new ArrayList<>();
        if (type != null) {
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())) {
                    candidates.add(m);
                }
            }
        }
        if (candidates.isEmpty()) {
            return name + " is not a valid member of " + typeName(type);
        }
        Object[] args = given == null ? new Object[0] : given;
        for (Method m : candidates) {
            Class<?>[] params = m.getParameterTypes();
            if (params.length == args.length) {
                for (int i = 0; i < params.length; i++) {
                    if (!accepts(params[i], args[i])) {
                        return ValueText.invalidArgument(i + 1, name, expectedName(params[i]) + " expected, got "
                                + ValueText.shown(args[i]));
                    }
                }
            }
        }
        return "invalid arguments to '" + name + "' (got " + argumentsText(args) + ")";
    }

    /** "1 argument", "2 or 3 arguments": what the methods of that name declare; null if there are none. */
    private static String parameterCounts(Class<?> type, String name) {
        java.util.TreeSet<Integer> counts = new java.util.TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                counts.add(m.getParameterCount());
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        String joined = counts.stream().map(String::valueOf).reduce((a, b) -> a + " or " + b).orElse("0");
        return joined + (counts.size() == 1 && counts.first() == 1 ? " argument" : " arguments");
    }

    private static String countText(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private static boolean accepts(Class<?> param, Object arg) {
        if (arg == null) {
            return !param.isPrimitive();
        }
        Class<?> boxed = param.isPrimitive() ? box(param) : param;
        if (Number.class.isAssignableFrom(boxed) || boxed == Character.class) {
            return arg instanceof Number;
        }
        return boxed.isInstance(arg) || (boxed == String.class && arg instanceof CharSequence);
    }

    private static Class<?> box(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Void.class;
        };
    }

    private static String argumentsText(Object[] args) {
        if (args == null || args.length == 0) {
            return "no arguments";
        }
        List<String> shown = new ArrayList<>();
        for (Object a : args) {
            shown.add(ValueText.shown(a));
        }
        return (args.length == 1 ? "1 argument: " : args.length + " arguments: ") + String.join(", ", shown);
    }

    private static String nilUse(String message) {
        if (message != null) {
            Matcher p = NULL_PROPERTY.matcher(message);
            if (p.find()) {
                return "attempt to index nil with '" + p.group(1) + "'";
            }
            Matcher m = NULL_METHOD.matcher(message);
            if (m.find()) {
                return "attempt to index nil with '" + m.group(1) + "'";
            }
            if (message.startsWith("Cannot execute null")) {
                return "attempt to perform arithmetic on a nil value";
            }
        }
        return "attempt to index nil";
    }

    /** The script-facing name of a type: Luau's for plain values, the class name for instances and API objects. */
    static String typeName(Class<?> type) {
        if (type == null) {
            return "nil";
        }
        if (Instance.class.isAssignableFrom(type)) {
            return type.getSimpleName();
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "string";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        if (Closure.class.isAssignableFrom(type)) {
            return "function";
        }
        if (java.util.List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()) {
            return "table";
        }
        String simple = type.getSimpleName();
        return API_NAMES.getOrDefault(simple, simple);
    }

    /** What a parameter takes, in Luau's words: number for any numeric type. */
    private static String expectedName(Class<?> param) {
        if (param.isPrimitive() && param != boolean.class && param != char.class) {
            return "number";
        }
        return javaTypeName(param.getName());
    }

    /** {@code java.lang.String} → string, {@code int} → int, {@code pstudio.place.Script} → Script. */
    private static String javaTypeName(String javaName) {
        return switch (javaName) {
            case "java.lang.String", "java.lang.CharSequence", "groovy.lang.GString" -> "string";
            case "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
                 "java.lang.Byte", "java.math.BigDecimal", "java.math.BigInteger", "java.lang.Number" -> "number";
            case "java.lang.Boolean", "boolean" -> "boolean";
            case "groovy.lang.Closure" -> "function";
            case "java.lang.Object" -> "value";
            case "int", "long", "double", "float", "short", "byte", "char" -> javaName;
            default -> {
                try {
                    yield typeName(Class.forName(javaName, false, ErrorText.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    yield javaName.substring(javaName.lastIndexOf('.') + 1);
                }
            }
        };
    }

    /** Removes generated class names and Java packages from a message. */
    static String clean(String message, String script) {
        String m = GENERATED.matcher(message).replaceAll(Matcher.quoteReplacement(script == null ? "script" : script));
        Matcher q = QUALIFIED.matcher(m);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            String qualified = q.group();
            String replacement = qualified.startsWith("java.lang.") || qualified.startsWith("java.math.")
                    || qualified.startsWith("groovy.lang.") ? javaTypeName(qualified)
                    : API_NAMES.getOrDefault(q.group(1), q.group(1));
            q.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        q.appendTail(out);
        return out.toString();
    }

    /** "DateTimeException" → "date time error": what kind of failure, in words, when there is no message. */
    private static String kindWords(String simpleName) {
        String base = simpleName.replaceAll("(Exception|Error)$", "");
        String words = base.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return (words.isBlank() ? "an" : words) + " error";
    }

    private static boolean isGenerated(Class<?> type) {
        return type != null && ScriptDirectory.hashOf(type.getName()) != null;
    }
}
