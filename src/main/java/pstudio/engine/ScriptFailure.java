package pstudio.engine;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pstudio.place.InstanceException;
import pstudio.place.LuaSourceContainer;

/**
 * An error a script caused, translated to place coordinates: the script's full name, the line, a
 * message without generated class names, and a trimmed stack of script frames.
 */
public record ScriptFailure(String script, int line, String message, List<String> stack, String errorType) {
    private static final Pattern GENERATED = Pattern.compile(ScriptCompiler.CLASS_PREFIX + "[0-9a-f]+(\\$[\\w$]+)?");
    private static final int MAX_FRAMES = 12;

    static ScriptFailure of(Throwable error, ScriptDirectory scripts, LuaSourceContainer context, String contextHash) {
        Throwable t = unwrap(error);
        List<String> stack = new ArrayList<>();
        String script = context != null ? context.GetFullName() : null;
        int line = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            String hash = ScriptDirectory.hashOf(frame.getClassName());
            if (hash == null || frame.getLineNumber() <= 0) {
                continue;
            }
            String name = scripts.nameFor(hash, context, contextHash);
            String where = name + ":" + frame.getLineNumber();
            if (stack.isEmpty()) {
                script = name;
                line = frame.getLineNumber();
            }
            if (stack.size() < MAX_FRAMES && (stack.isEmpty() || !stack.get(stack.size() - 1).equals(where))) {
                stack.add(where);
            }
        }
        String message = describe(t, script).replaceAll("\\s*\\R\\s*", " ");
        return new ScriptFailure(script, line, message, stack, t.getClass().getName());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.lang.reflect.InvocationTargetException
                || cur instanceof java.lang.reflect.UndeclaredThrowableException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    private static String describe(Throwable t, String script) {
        String own = t.getMessage();
        if (t instanceof ScriptError || t instanceof InstanceException) {
            return own;
        }
        if (t instanceof MissingPropertyException mpe && isGenerated(mpe.getType())) {
            return "'" + mpe.getProperty() + "' is not defined";
        }
        if (t instanceof MissingMethodException mme && isGenerated(mme.getType())) {
            return "'" + mme.getMethod() + "' is not a function defined in this script or a global";
        }
        if (t instanceof SecurityException) {
            return ExitDenylist.MESSAGE;
        }
        if (t instanceof StackOverflowError) {
            return "stack overflow (endless recursion?)";
        }
        String text = own == null ? "" : GENERATED.matcher(own).replaceAll(Matcher.quoteReplacement(
                script == null ? "script" : script));
        String type = t.getClass().getSimpleName();
        return text.isEmpty() ? type : type + ": " + text;
    }

    private static boolean isGenerated(Class<?> type) {
        return type != null && ScriptDirectory.hashOf(type.getName()) != null;
    }

    /** {@code ServerScriptService.Master:3} or the script alone when the line is unknown. */
    public String location() {
        if (script == null) {
            return null;
        }
        return line > 0 ? script + ":" + line : script;
    }

    public OutputMessage toOutput() {
        List<String> details = stack.size() > 1 ? stack.stream().map(s -> "at " + s).toList() : List.of();
        return new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR, message, script, line, 1, details);
    }
}
