package pstudio.engine;

import java.util.ArrayList;
import java.util.List;
import pstudio.place.LuaSourceContainer;

/**
 * An error a script caused, translated to place coordinates: the script's full name, the line, a
 * message without generated class names, and a trimmed stack of script frames.
 */
public record ScriptFailure(String script, int line, String message, List<String> stack, String errorType) {
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
        if (t instanceof ScriptError se && se.position() != null && se.position().script() != null) {
            script = se.position().script();
            line = se.position().line();
        }
        return new ScriptFailure(script, line, ErrorText.of(t, script), stack, t.getClass().getName());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.lang.reflect.InvocationTargetException
                || cur instanceof java.lang.reflect.UndeclaredThrowableException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
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
