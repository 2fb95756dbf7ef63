package pstudio.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import pstudio.place.LuaSourceContainer;

/**
 * Which scripts of a run share each compiled class, so a stack frame of {@code Script_<hash>} can be
 * named in place coordinates ({@code ServerScriptService.Master.Job:5}).
 */
final class ScriptDirectory {
    private final Map<String, List<LuaSourceContainer>> byHash = new ConcurrentHashMap<>();

    void register(String hash, LuaSourceContainer script) {
        List<LuaSourceContainer> scripts = byHash.computeIfAbsent(hash, h -> new CopyOnWriteArrayList<>());
        if (!scripts.contains(script)) {
            scripts.add(script);
        }
    }

    /** The script to blame for a frame of the class with {@code hash}: the preferred one if it matches. */
    String nameFor(String hash, LuaSourceContainer preferred, String preferredHash) {
        if (preferred != null && hash.equals(preferredHash)) {
            return preferred.GetFullName();
        }
        List<LuaSourceContainer> scripts = byHash.get(hash);
        return scripts == null || scripts.isEmpty() ? "script" : scripts.get(0).GetFullName();
    }

    /** The hash of a generated class or file name ({@code Script_ab12$_run_closure1}), or null. */
    static String hashOf(String className) {
        int start = className.lastIndexOf(ScriptCompiler.CLASS_PREFIX);
        if (start < 0) {
            return null;
        }
        int from = start + ScriptCompiler.CLASS_PREFIX.length();
        int end = from;
        while (end < className.length() && Character.digit(className.charAt(end), 16) >= 0) {
            end++;
        }
        return end > from ? className.substring(from, end) : null;
    }
}
