package pstudio.engine;

import groovy.lang.Binding;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import pstudio.place.LuaSourceContainer;

/** One script instance in a run: its place instance, its VM, and the compiled class it runs. */
final class RunningScript {
    private static final StackWalker WALKER = StackWalker.getInstance();

    final RunContext run;
    final LuaSourceContainer instance;
    /** The script named in output and errors: the instance itself, or the job script a clone came from. */
    final LuaSourceContainer shownAs;
    final ScriptVm vm;
    final ScriptCompiler.CompiledScript compiled;

    RunningScript(RunContext run, LuaSourceContainer instance, LuaSourceContainer shownAs, ScriptVm vm,
                  ScriptCompiler.CompiledScript compiled) {
        this.run = run;
        this.instance = instance;
        this.shownAs = shownAs;
        this.vm = vm;
        this.compiled = compiled;
    }

    /** A fresh object of the compiled class, bound to this script (about a microsecond: no compiling). */
    ScriptBase instantiate() {
        try {
            ScriptBase s = (ScriptBase) compiled.type().getDeclaredConstructor().newInstance();
            Map<String, Object> globals = new HashMap<>(run.globals());
            globals.put("script", instance);
            s.setBinding(new Binding(globals));
            s.attach(this);
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + compiled.type(), e);
        }
    }

    /** The line of this script that is running on the calling thread (for print's source link). */
    int currentLine() {
        String hash = compiled.hash();
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames
                .filter(f -> f.getLineNumber() > 0 && hash.equals(ScriptDirectory.hashOf(f.getClassName())))
                .findFirst());
        return frame.map(StackWalker.StackFrame::getLineNumber).orElse(0);
    }

    void output(OutputLevel level, String text) {
        output(level, text, currentLine());
    }

    void output(OutputLevel level, String text, int line) {
        run.events().publishOutput(OutputMessage.of(level, text, shownAs.GetFullName(), line));
    }
}
