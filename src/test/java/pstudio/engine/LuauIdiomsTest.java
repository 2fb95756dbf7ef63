package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import groovyjarjarasm.asm.ClassReader;
import groovyjarjarasm.asm.ClassVisitor;
import groovyjarjarasm.asm.Handle;
import groovyjarjarasm.asm.MethodVisitor;
import groovyjarjarasm.asm.Opcodes;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.tools.GroovyClass;
import org.junit.jupiter.api.Test;

/** What the idiom rewrites compile to: standard-library calls link once for every script. */
class LuauIdiomsTest {

    /** Calls in method {@code f}: "static Owner.name" for direct calls, "dynamic name" for call sites. */
    private static List<String> callsIn(String source) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.addCompilationCustomizers(new LuauIdioms());
        CompilationUnit unit = new CompilationUnit(config);
        unit.addSource("Probe.groovy", source);
        unit.compile(Phases.CLASS_GENERATION);
        List<String> calls = new ArrayList<>();
        for (GroovyClass c : unit.getClasses()) {
            new ClassReader(c.getBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                    if (!name.equals("f")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String d, boolean itf) {
                            if (opcode == Opcodes.INVOKESTATIC && owner.startsWith("pstudio/")) {
                                calls.add("static " + owner.substring(owner.lastIndexOf('/') + 1) + "." + method);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                            calls.add("dynamic " + args[0]);
                        }
                    };
                }
            }, 0);
        }
        return calls;
    }

    @Test
    void standardLibraryCallsAreDirectStaticCalls() {
        assertEquals(List.of("static MathLibrary.floor", "static MathLibrary.max", "static StringLibrary.format"),
                callsIn("def f(x) { math.floor(x); math.max(1, x, 3); string.format('%d') }"));
    }

    @Test
    void aLocalThatShadowsALibraryAndStatefulFunctionsStayDynamic() {
        List<String> calls = callsIn("def f(x) { def math = [floor: { it }]; math.floor(x) }");
        assertEquals(List.of("dynamic floor"), calls.stream().filter(c -> c.contains("floor")).toList());
        assertEquals(List.of("dynamic math", "dynamic random"), callsIn("def f() { math.random() }"));
    }
}
