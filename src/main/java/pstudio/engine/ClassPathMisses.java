package pstudio.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.control.ClassNodeResolver;
import org.codehaus.groovy.control.CompilationUnit;

/**
 * Groovy's class lookups for one compile, remembering across compiles the names the class path
 * does not have. Groovy tries every capitalised name and property chain of a script as a class
 * ({@code Parallelizer}, {@code game.ReplicatedStorage}, each under every default import and as a
 * nested class of the script and its base classes), and each miss searches the whole class path
 * (the Groovy jar's index is walked entry by entry): a third of a warm compile. Groovy caches
 * misses only per compile; the class path a script sees is the same for every compile in this
 * process, so a miss stays a miss. A script's own classes are looked up in its compile before
 * this resolver is asked, so remembering misses never hides them.
 */
final class ClassPathMisses extends ClassNodeResolver {
    /** Enough for every name of many places; past it the set starts again rather than grow without end. */
    private static final int LIMIT = 50_000;

    private final Set<String> missing;

    private ClassPathMisses(Set<String> missing) {
        this.missing = missing;
    }

    /** The memory one compiler shares between its compiles. */
    static Set<String> newMemory() {
        return ConcurrentHashMap.newKeySet();
    }

    /** A resolver for one compile, sharing {@code missing} with the compiler's other compiles. */
    static ClassPathMisses sharing(Set<String> missing) {
        return new ClassPathMisses(missing);
    }

    @Override
    public ClassNode getFromClassCache(String name) {
        ClassNode cached = super.getFromClassCache(name);
        if (cached == null && missing.contains(name)) {
            return NO_CLASS;
        }
        return cached;
    }

    @Override
    public LookupResult findClassNode(String name, CompilationUnit unit) {
        // a script's classes (Script_<hash> and its closures) exist only in their own compile, never on the class path
        if (name.startsWith(ScriptCompiler.CLASS_PREFIX)) {
            return null;
        }
        LookupResult found = super.findClassNode(name, unit);
        if (found == null) {
            if (missing.size() >= LIMIT) {
                missing.clear();
            }
            missing.add(name);
        }
        return found;
    }
}
