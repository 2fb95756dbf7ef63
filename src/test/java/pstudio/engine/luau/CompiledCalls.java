package pstudio.engine.luau;

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

/** Test helper: the calls that method {@code f} of a source compiles to, in order. */
public final class CompiledCalls {
    /** A direct static call ({@code dynamic} false: owner is the class's internal name) or a dynamic call site. */
    public record Call(boolean dynamic, String owner, String name, String descriptor) {
    }

    private CompiledCalls() {
    }

    public static List<Call> in(CompilerConfiguration config, String source) {
        CompilationUnit unit = new CompilationUnit(config);
        unit.addSource("Probe.groovy", source);
        unit.compile(Phases.CLASS_GENERATION);
        List<Call> calls = new ArrayList<>();
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
                            if (opcode == Opcodes.INVOKESTATIC) {
                                calls.add(new Call(false, owner, method, d));
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                            calls.add(new Call(true, null, String.valueOf(args[0]), d));
                        }
                    };
                }
            }, 0);
        }
        return calls;
    }
}
