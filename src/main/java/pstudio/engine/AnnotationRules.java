package pstudio.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Annotations can run code while a script compiles ({@code @ASTTest}, {@code @Grab}, every local
 * AST transformation), so opening a stranger's script in the editor would run it. This refuses,
 * while the script is still being converted (before Groovy looks for transformations), every
 * annotation but a short allowlist, and imports of the classes the sandbox refuses. Names are
 * resolved the way Groovy will resolve them, so {@code import groovy.transform.ASTTest as Field}
 * does not pass for {@code @Field}.
 */
final class AnnotationRules extends CompilationCustomizer {
    private static final Set<String> ALLOWED = Set.of("groovy.transform.Field", "groovy.transform.CompileStatic",
            "groovy.transform.TypeChecked", "java.lang.Override", "java.lang.Deprecated", "java.lang.SuppressWarnings",
            "java.lang.FunctionalInterface", "java.lang.SafeVarargs");
    /** These take members that run code at compile time (type-checking extensions): allowed bare only. */
    private static final Set<String> BARE_ONLY = Set.of("groovy.transform.CompileStatic", "groovy.transform.TypeChecked");
    private static final List<String> DEFAULT_PACKAGES = List.of("java.lang.", "java.util.", "java.io.", "java.net.",
            "groovy.lang.", "groovy.util.");
    private static final Set<String> SYSTEM_CLASSES = Set.of("java.lang.System", "java.lang.Runtime");

    private AnnotationRules() {
        super(CompilePhase.CONVERSION);
    }

    static CompilationCustomizer customizer() {
        return new AnnotationRules();
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ModuleNode module = classNode.getModule();
        Set<Integer> refusedLines = new HashSet<>();
        if (module.getClasses().get(0) == classNode) {
            checkImports(source, module, refusedLines);
            if (module.getPackage() != null) {
                checkAnnotations(source, module, module.getPackage(), refusedLines);
            }
        }
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitAnnotations(AnnotatedNode node) {
                checkAnnotations(source, module, node, refusedLines);
                super.visitAnnotations(node);
            }
        }.visitClass(classNode);
    }

    private static void checkImports(SourceUnit source, ModuleNode module, Set<Integer> refusedLines) {
        for (ImportNode i : module.getImports()) {
            checkAnnotations(source, module, i, refusedLines);
            refuseIfSet(source, i, RefusedCalls.refusedClass(i.getType().getName()), refusedLines);
        }
        for (ImportNode i : module.getStarImports()) {
            checkAnnotations(source, module, i, refusedLines);
            refuseIfSet(source, i, RefusedCalls.refusedClass(i.getPackageName() + "Any"), refusedLines);
        }
        for (ImportNode i : module.getStaticImports().values()) {
            checkAnnotations(source, module, i, refusedLines);
            String owner = i.getType().getName();
            refuseIfSet(source, i, SYSTEM_CLASSES.contains(owner) ? RefusedCalls.refusedSystemMethod(i.getFieldName())
                    : RefusedCalls.refusedClass(owner), refusedLines);
        }
        for (ImportNode i : module.getStaticStarImports().values()) {
            checkAnnotations(source, module, i, refusedLines);
            String owner = i.getType().getName();
            refuseIfSet(source, i, SYSTEM_CLASSES.contains(owner) ? SandboxRefusal.EXIT
                    : RefusedCalls.refusedClass(owner), refusedLines);
        }
    }

    private static void checkAnnotations(SourceUnit source, ModuleNode module, AnnotatedNode node,
            Set<Integer> refusedLines) {
        for (AnnotationNode a : node.getAnnotations()) {
            if (a.getLineNumber() < 1) {
                continue; // added by the compiler itself (@BaseScript, @Generated), not written in the script
            }
            String name = resolve(a.getClassNode().getName(), module, source.getClassLoader());
            boolean allowed = ALLOWED.contains(name) && (!BARE_ONLY.contains(name) || a.getMembers().isEmpty());
            if (!allowed) {
                refuseIfSet(source, a, SandboxRefusal.ANNOTATIONS, refusedLines);
            }
        }
    }

    /** The class an annotation's written name will mean: an import (aliases too), a class of the script, a star or default import. */
    private static String resolve(String written, ModuleNode module, ClassLoader loader) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        ImportNode imported = module.getImport(first);
        if (imported != null) {
            return imported.getType().getName() + (dot < 0 ? "" : "$" + written.substring(dot + 1));
        }
        if (dot >= 0) {
            return written;
        }
        for (ClassNode own : module.getClasses()) {
            if (own.getNameWithoutPackage().equals(written)) {
                return own.getName();
            }
        }
        for (ImportNode star : module.getStarImports()) {
            if (exists(star.getPackageName() + written, loader)) {
                return star.getPackageName() + written;
            }
        }
        for (String p : DEFAULT_PACKAGES) {
            if (exists(p + written, loader)) {
                return p + written;
            }
        }
        return written;
    }

    private static boolean exists(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void refuseIfSet(SourceUnit source, ASTNode at, String refusal, Set<Integer> refusedLines) {
        if (refusal != null && refusedLines.add(at.getLineNumber())) {
            source.addError(new SyntaxException(refusal, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber())));
        }
    }
}
