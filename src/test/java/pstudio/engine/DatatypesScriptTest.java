package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roblox's datatypes as scripts use them in a real run: globals, Luau operators, printing, errors, sharing. */
class DatatypesScriptTest {

    private static PlaceRun run(String... lines) throws InterruptedException {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", String.join("\n", lines));
        return p.runToEnd();
    }

    private static void assertOnlyError(PlaceRun p, String location, String text) {
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals(location, errors.get(0).location());
        assertEquals(text, errors.get(0).text());
    }

    @Test
    void vectorsPrintAndComputeWithScriptNumbersOfEveryKind() throws Exception {
        PlaceRun p = run(
                "def v = Vector3.new(1, 2, 3)",
                "print(v)",
                "print(v + Vector3.one, v - Vector3.xAxis, v * 2, 2 * v, v / 2, 6 / v, -v, v * v)",
                "int i = 3; double d = 0.5",
                "print(v * i, i * v, v * d, d * v, v * 0.5, v * 2147483648)",
                "def w = Vector3.zero; w += v; w *= 2; print(w)",
                "print(v.X + v.Y * v.Z, v.Magnitude == Math.sqrt(14), Vector3.new(3, 4, 0).Unit)",
                "print(\"v is ${v}\", 'v: ' + v)",
                "print(Vector3.xAxis.Cross(Vector3.yAxis), v.Dot(Vector3.one), Vector3.zero.Lerp(v, 0.5))",
                "print(v == Vector3.new(1, 2, 3), v != Vector3.new(1, 2, 3.5))",
                "print(typeof(v), type(v), typeof(Vector2.one), typeof(Color3.new()), typeof(CFrame.new()))",
                "def size = Vector2.new(3, 2); def n = 0",
                "for (y in 0..<size.Y) { for (x in 0..<size.X) { n++ } }",
                "print(n, size * 2, size.X / size.Y)");
        assertEquals(List.of(
                "1, 2, 3",
                "2, 3, 4 0, 2, 3 2, 4, 6 2, 4, 6 0.5, 1, 1.5 6, 3, 2 -1, -2, -3 1, 4, 9",
                "3, 6, 9 3, 6, 9 0.5, 1, 1.5 0.5, 1, 1.5 0.5, 1, 1.5 2147483648, 4294967296, 6442450944",
                "2, 4, 6",
                "7 true 0.6, 0.8, 0",
                "v is 1, 2, 3 v: 1, 2, 3",
                "0, 0, 1 6 0.5, 1, 1.5",
                "true true",
                "Vector3 vector Vector2 Color3 CFrame",
                "6 6, 4 1.5"), p.prints(), p.output());
    }

    @Test
    void coloursAndCFramesPrintAsRobloxPrintsThem() throws Exception {
        PlaceRun p = run(
                "print(Color3.new(0.2, 0.4, 0.6), Color3.fromRGB(255, 0, 0), Color3.fromHSV(1/3, 1, 1))",
                "def c = Color3.fromRGB(51, 102, 153); print(c.R, c.G, c.B, c.ToHex())",
                "def (h, s, v) = Color3.new(1, 0, 0).ToHSV(); print(h, s, v)",
                "print(CFrame.new(1, 2, 3))",
                "def cf = CFrame.new(Vector3.new(0, 5, 0)) * CFrame.Angles(0, math.pi, 0)",
                "print(cf.Position, (cf * Vector3.new(0, 0, -1)).FuzzyEq(Vector3.new(0, 5, 1)))",
                "print(cf.PointToObjectSpace(cf.PointToWorldSpace(Vector3.one)).FuzzyEq(Vector3.one))",
                "print(CFrame.lookAt(Vector3.zero, Vector3.new(0, 0, -5)) == CFrame.new())",
                "print((CFrame.new(1, 1, 1) + Vector3.new(1, 0, 0)).X)");
        assertEquals(List.of(
                "0.2, 0.4, 0.6 1, 0, 0 0, 1, 0",
                "0.2 0.4 0.6 336699",
                "0 1 1",
                "1, 2, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1",
                "0, 5, 0 true",
                "true",
                "true",
                "2"), p.prints(), p.output());
    }

    @Test
    void aWrongArgumentNamesTheArgumentAndTheScriptLine() throws Exception {
        assertOnlyError(run("def v = Vector3.new(1, 2, 3)", "print(v.Dot(5))"),
                "ServerScriptService.Main:2", "invalid argument #1 to 'Dot' (Vector3 expected, got number 5)");
        assertOnlyError(run("def v = Vector3.new(1, 'two', 3)"),
                "ServerScriptService.Main:1", "invalid argument #2 to 'new' (number expected, got string 'two')");
        assertOnlyError(run("def v = Vector3.one", "v = v + 1"),
                "ServerScriptService.Main:2", "attempt to perform arithmetic (add) on Vector3 and number");
        assertOnlyError(run("def v = Vector2.one", "v.X = 5"),
                "ServerScriptService.Main:2", "X cannot be assigned to: a Vector2 never changes, make a new one");
        assertOnlyError(run("print(Vector3.one.Length)"),
                "ServerScriptService.Main:1", "Length is not a valid member of Vector3");
        assertOnlyError(run("print(Color3.new(1, 0, 0) + Color3.new(0, 1, 0))"),
                "ServerScriptService.Main:1", "attempt to perform arithmetic (add) on Color3 and Color3");
        assertOnlyError(run("Vector3.zero = Vector3.one"),
                "ServerScriptService.Main:1", "zero cannot be assigned to: Vector3 is read-only");
        assertOnlyError(run("print(Vector3.half)"), "ServerScriptService.Main:1", "half is not a valid member of Vector3");
    }

    @Test
    void datatypesTravelInSharedTablesAndMessagesBetweenActors() throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Mover", "Actor");
        p.script("ServerScriptService.Mover.Step",
                "script.GetActor().BindToMessageParallel('step') { shared, offset ->\n"
                + "    shared.position = shared.position + offset\n"
                + "    shared.color = shared.color.Lerp(Color3.new(1, 1, 1), 0.5)\n"
                + "    shared.done = true\n"
                + "}");
        p.script("ServerScriptService.Main",
                "def t = SharedTable.new([position: Vector3.new(1, 2, 3), color: Color3.new(0, 0, 0), done: false])\n"
                + "script.Parent.Mover.SendMessage('step', t, Vector3.new(10, 0, 0))\n"
                + "while (!t.done) task.wait()\n"
                + "print(t.position, t.color, typeof(t.position))\n"
                + "def list = SharedTable.new([Vector2.one, CFrame.new(1, 2, 3)])\n"
                + "print(typeof(list[1]), list[2].Position)");
        p.runToEnd(RunOptions.defaults().withWorkers(2));
        assertEquals(List.of("11, 2, 3 0.5, 0.5, 0.5 Vector3", "Vector2 1, 2, 3"), p.prints(), p.output());
    }
}
