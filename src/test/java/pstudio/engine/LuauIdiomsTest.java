package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.junit.jupiter.api.Test;
import pstudio.engine.luau.CompiledCalls;

/** What the idiom rewrites compile to: standard-library calls link once for every script. */
class LuauIdiomsTest {

    /** Calls in method {@code f}: "static Owner.name" for direct calls, "dynamic name" for call sites. */
    private static List<String> callsIn(String source) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.addCompilationCustomizers(new LuauIdioms());
        List<String> calls = new ArrayList<>();
        for (CompiledCalls.Call c : CompiledCalls.in(config, source)) {
            if (c.dynamic()) {
                calls.add("dynamic " + c.name());
            } else if (c.owner().startsWith("pstudio/")) {
                calls.add("static " + c.owner().substring(c.owner().lastIndexOf('/') + 1) + "." + c.name());
            }
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
