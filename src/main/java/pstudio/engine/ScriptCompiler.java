package pstudio.engine;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import groovy.lang.Script;
import groovy.transform.ThreadInterrupt;
import java.nio.charset.StandardCharsets;
import java.security.AccessController;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PermissionCollection;
import java.security.PrivilegedAction;
import java.security.Permissions;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import pstudio.engine.luau.LuauArithmetic;
import pstudio.engine.luau.PowerSyntax;

/**
 * Compiles script sources to classes, once per distinct source: cloning a job script into 256
 * actors instantiates one class 256 times. Every class gets {@link ScriptBase} as its base,
 * {@code ThreadInterrupt} so Stop can end endless loops, the sandbox's compile-time refusals
 * ({@link AnnotationRules}, {@link RefusedCalls}), and Luau's numbers
 * ({@link PowerSyntax} before parsing, {@link LuauArithmetic} after).
 */
public final class ScriptCompiler {
    /** Generated classes are named {@code Script_<hash>}; stack frames are mapped back through the hash. */
    public static final String CLASS_PREFIX = "Script_";
    private static final int CACHE_LIMIT = 512;
    private static final ScriptCompiler SHARED = new ScriptCompiler(true);
    /** Sources actually compiled (cache misses), successes and failures alike. */
    private final java.util.concurrent.atomic.AtomicLong compilations = new java.util.concurrent.atomic.AtomicLong();

    private final boolean luauNumbers;
    /** Class names this compiler's compiles found missing from the class path (see {@link ClassPathMisses}). */
    private final Set<String> classPathMisses = ClassPathMisses.newMemory();

    /** By source hash: a compiled class, or the problems of a source that does not compile (cached too). */
    private final Map<String, Object> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE_LIMIT;
        }
    };

    private ScriptCompiler(boolean luauNumbers) {
        this.luauNumbers = luauNumbers;
    }

    public static ScriptCompiler shared() {
        return SHARED;
    }

    /**
     * A compiler with a cache of its own, and without Luau's numbers when {@code luauNumbers} is
     * false: the benchmark measures what they cost to compile.
     */
    public static ScriptCompiler isolated(boolean luauNumbers) {
        return new ScriptCompiler(luauNumbers);
    }

    /** The class of this exact source text, compiled now or taken from the cache. */
    public CompiledScript compile(String source, String scriptName) throws ScriptCompileException {
        String hash = hash(source);
        Object hit;
        synchronized (cache) {
            hit = cache.get(hash);
        }
        if (hit == null) {
            compilations.incrementAndGet();
            hit = compilePrivileged(source, hash, scriptName);
            synchronized (cache) {
                cache.put(hash, hit);
            }
        }
        if (hit instanceof ScriptCompileException failure) {
            throw failure.renamedFor(scriptName);
        }
        return (CompiledScript) hit;
    }

    /** require() compiles a module with the requiring script on the stack; compiling is the engine's work, not the script's. */
    @SuppressWarnings("removal")
    private Object compilePrivileged(String source, String hash, String scriptName) {
        return AccessController.doPrivileged((PrivilegedAction<Object>) () -> {
            try {
                return doCompile(source, hash, scriptName);
            } catch (ScriptCompileException e) {
                return e;
            }
        });
    }

    /**
     * Compiles {@code source} as a script's would be and keeps nothing of it but what the JIT and
     * the class path's misses learnt: a spare engine's warm-up, so the user's first compile is not
     * the compiler's first. A source that does not compile is as good for that.
     */
    public void warmUp(String source) {
        compilePrivileged(source, hash(source), "warm-up");
    }

    /** How many sources this compiler has compiled so far (cache hits do not count). */
    public long compilations() {
        return compilations.get();
    }

    /** Syntax and compile errors of {@code source}, named after {@code scriptName}; empty when it compiles. */
    public List<CompileProblem> check(String source, String scriptName) {
        PowerSyntax.Rewrite rewrite = rewrite(source);
        CompilationUnit unit = new CompilationUnit(configuration());
        unit.addSource(CLASS_PREFIX + hash(source) + ".groovy", rewrite.source());
        try {
            unit.compile(Phases.CLASS_GENERATION);
            return List.of();
        } catch (MultipleCompilationErrorsException e) {
            return problems(e, scriptName, rewrite);
        } catch (CompilationFailedException e) {
            return List.of(new CompileProblem(scriptName, 1, 1, e.getMessage()));
        }
    }

    private CompiledScript doCompile(String source, String hash, String scriptName) throws ScriptCompileException {
        String className = CLASS_PREFIX + hash;
        PowerSyntax.Rewrite rewrite = rewrite(source);
        // A loader per class lets the classes of edited-away sources be unloaded.
        try (GroovyClassLoader loader = new ScriptLoader(ScriptCompiler.class.getClassLoader(), configuration(),
                classPathMisses)) {
            GroovyCodeSource codeSource = new GroovyCodeSource(rewrite.source(), className + ".groovy", "/groovy/script");
            codeSource.setCachable(false);
            Class<?> type = loader.parseClass(codeSource, false);
            return new CompiledScript(hash, type.asSubclass(Script.class));
        } catch (MultipleCompilationErrorsException e) {
            throw new ScriptCompileException(problems(e, scriptName, rewrite));
        } catch (CompilationFailedException e) {
            throw new ScriptCompileException(List.of(new CompileProblem(scriptName, 1, 1, e.getMessage())));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PowerSyntax.Rewrite rewrite(String source) {
        return luauNumbers ? PowerSyntax.rewrite(source) : new PowerSyntax.Rewrite(source, Map.of());
    }

    private CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(ScriptBase.class.getName());
        // @Grab's global transformation would run in the conversion phase ahead of AnnotationRules and
        // fetch libraries; scripts never grab, so it is off and @Grab is refused like any annotation
        config.setDisabledGlobalASTTransformations(Set.of("groovy.grape.GrabAnnotationTransformation"));
        config.addCompilationCustomizers(new ASTTransformationCustomizer(ThreadInterrupt.class), AnnotationRules.customizer(), RefusedCalls.customizer(),
                new LuauIdioms());
        if (luauNumbers) {
            config.addCompilationCustomizers(new LuauArithmetic());
        }
        return config;
    }

    /** The problems in the user's own coordinates: columns of the rewritten source are mapped back. */
    private static List<CompileProblem> problems(MultipleCompilationErrorsException e, String scriptName,
            PowerSyntax.Rewrite rewrite) {
        List<CompileProblem> out = new ArrayList<>();
        for (Message m : e.getErrorCollector().getErrors()) {
            if (m instanceof SyntaxErrorMessage sem) {
                SyntaxException se = sem.getCause();
                int line = Math.max(1, se.getStartLine());
                int column = rewrite.originalColumn(line, Math.max(1, se.getStartColumn()));
                out.add(new CompileProblem(scriptName, line, column, cleanMessage(se.getOriginalMessage())));
            } else if (m instanceof ExceptionMessage em) {
                out.add(new CompileProblem(scriptName, 1, 1, cleanMessage(String.valueOf(em.getCause().getMessage()))));
            }
        }
        if (out.isEmpty()) {
            out.add(new CompileProblem(scriptName, 1, 1, cleanMessage(e.getMessage())));
        }
        return out;
    }

    /** Groovy appends "@ line 3, column 5." and generated file names; the problem already carries both. */
    private static String cleanMessage(String message) {
        String m = message.replaceAll("\\s*@ line \\d+, column \\d+\\.?", "");
        m = m.replaceAll(CLASS_PREFIX + "[0-9a-f]+(\\.groovy)?:?\\s*", "");
        return m.strip();
    }

    static String hash(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True for the protection domain of a class compiled from a place's script: the sandbox's
     * policy grants such code nothing, and everything else everything.
     */
    public static boolean isScriptCode(ProtectionDomain domain) {
        return domain != null && domain.getClassLoader() instanceof ScriptDefiner;
    }

    /**
     * A GroovyClassLoader copies its own permissions into the classes it defines; for scripts that
     * would hand them the application's. Script classes are defined by a {@link ScriptDefiner},
     * which gives them none.
     */
    private static final class ScriptLoader extends GroovyClassLoader {
        private final Set<String> classPathMisses;

        ScriptLoader(ClassLoader parent, CompilerConfiguration config, Set<String> classPathMisses) {
            super(parent, config);
            this.classPathMisses = classPathMisses;
        }

        @Override
        protected CompilationUnit createCompilationUnit(CompilerConfiguration config, CodeSource source) {
            CompilationUnit unit = super.createCompilationUnit(config, source);
            unit.setClassNodeResolver(ClassPathMisses.sharing(classPathMisses));
            return unit;
        }

        @Override
        protected ClassCollector createCollector(CompilationUnit unit, SourceUnit su) {
            return new ClassCollector(new ScriptDefiner(this), unit, su) {
            };
        }
    }

    private static final class ScriptDefiner extends GroovyClassLoader.InnerLoader {
        ScriptDefiner(GroovyClassLoader delegate) {
            super(delegate);
        }

        @Override
        protected PermissionCollection getPermissions(CodeSource codeSource) {
            Permissions none = new Permissions();
            none.setReadOnly();
            return none;
        }
    }

    /** A compiled source: instantiate {@link #type()} once per running script. */
    public record CompiledScript(String hash, Class<? extends Script> type) {
    }
}
