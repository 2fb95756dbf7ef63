package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.junit.jupiter.api.Test;

/**
 * What the transformation compiles arithmetic to. Direct static calls link once for every script
 * (a dynamic call site links, and warms, per script), and typed code keeps primitive operands.
 */
class LuauArithmeticTest {

    /** The calls in method {@code f} of the compiled source: "static name(desc)" for LuauOps, "dynamic name(desc)". */
    private static List<String> callsIn(String source) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.addCompilationCustomizers(new LuauArithmetic());
        List<String> calls = new ArrayList<>();
        for (CompiledCalls.Call c : CompiledCalls.in(config, PowerSyntax.rewrite(source).source())) {
            if (c.dynamic()) {
                calls.add("dynamic " + c.name() + c.descriptor());
            } else if (c.owner().endsWith("LuauOps")) {
                calls.add("static " + c.name() + c.descriptor());
            }
        }
        return calls;
    }

    @Test
    void untypedArithmeticIsADirectStaticCall() {
        List<String> calls = callsIn("def f(a, b) { a + b * a / b - a % b }");
        assertEquals(List.of("static mul(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
                "static div(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
                "static add(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
                "static mod(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
                "static sub(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"), calls);
    }

    @Test
    void untypedComparisonsAndPowerAreDirectStaticCalls() {
        assertEquals(List.of("static pow(Ljava/lang/Object;Ljava/lang/Object;)D",
                "static lt(Ljava/lang/Object;Ljava/lang/Object;)Z"), callsIn("def f(a, b) { a^b < b }"));
    }

    @Test
    void typedOperandsKeepTheirPrimitiveTypes() {
        List<String> calls = callsIn("def f() {\n"
                + "    double s = 0\n"
                + "    for (int i = 1; i <= 600; i++) { s += i * 2.5 }\n"
                + "    long n = 3\n"
                + "    int k = 7\n"
                + "    return s + n * k + k % 2 + k / 2\n"
                + "}");
        assertEquals(List.of(
                "static mul(DD)D", "static add(DD)D", "static add(II)I", "static former(II)I",
                "static mul(JJ)J", "static add(DD)D", "static mod(II)I", "static add(DD)D", "static div(DD)D",
                "static add(DD)D"), calls);
    }

    @Test
    void anUntypedValueAddedIntoATypedDoubleStaysUnboxed() {
        assertEquals(List.of("static toDouble(Ljava/lang/Object;)D", "static add(DD)D"),
                callsIn("def f(x) { double s = 0; s += x }"));
    }

    @Test
    void typedComparisonsStayTheJvmsOwn() {
        List<String> calls = callsIn("def f() { int i = 1; double d = 2; i < d && i >= 0 }");
        assertTrue(calls.isEmpty(), calls.toString());
    }
}
