package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SharedTable as scripts use it: Luau-like keys and arrays, freezing, cloning, and atomic updates from many actors. */
class SharedTableTest {

    private static PlaceRun run(String source) throws InterruptedException {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", source);
        return p.runToEnd();
    }

    private static void assertOnlyError(PlaceRun p, String location, String text) {
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals(location, errors.get(0).location());
        assertEquals(text, errors.get(0).text());
    }

    @Test
    void incrementAndUpdateFromManyActorsAtOnceLoseNoUpdate() throws Exception {
        int actors = 8;
        int rounds = 2000;
        PlaceRun p = new PlaceRun();
        for (int i = 1; i <= actors; i++) {
            p.instance("ServerScriptService.Actor" + i, "Actor");
            p.script("ServerScriptService.Actor" + i + ".Adder",
                    "script.GetActor().BindToMessageParallel('add') { t ->\n"
                    + "    for (i in 1.." + rounds + ") {\n"
                    + "        SharedTable.increment(t, 'count', 1)\n"
                    + "        SharedTable.increment(t, 'half', 0.5)\n"
                    + "        SharedTable.update(t, 'sum') { old -> (old ?: 0) + i }\n"
                    + "    }\n"
                    + "    SharedTable.increment(t, 'done', 1)\n"
                    + "}");
        }
        p.script("ServerScriptService.Main", "def t = SharedTable.new([done: 0])\n"
                + "script.Parent.GetChildren().findAll { it.IsA('Actor') }.each { it.SendMessage('add', t) }\n"
                + "while (t.done < " + actors + ") task.wait()\n"
                + "print(\"count=${t.count} half=${t.half} sum=${t.sum}\")");
        p.runToEnd(RunOptions.defaults().withWorkers(2));
        long sum = (long) actors * rounds * (rounds + 1) / 2;
        assertEquals(List.of("count=" + actors * rounds + " half=" + actors * rounds / 2 + " sum=" + sum), p.prints(),
                p.output());
    }

    @Test
    void incrementReturnsTheOldValueAndAMissingValueCountsAsZero() throws Exception {
        PlaceRun p = run("def t = SharedTable.new()\n"
                + "print(SharedTable.increment(t, 'n', 5))\n"
                + "print(SharedTable.increment(t, 'n', -2))\n"
                + "print(t.n)");
        assertEquals(List.of("0", "5", "3"), p.prints(), p.output());
    }

    @Test
    void listsAreOneBasedAndMapsKeepTheirKeys() throws Exception {
        PlaceRun p = run("def a = SharedTable.new([2, 3])\n"
                + "print(a[1] + ' ' + a[2] + ' ' + a[0] + ' ' + SharedTable.size(a))\n"
                + "def m = SharedTable.new([a: 1])\n"
                + "print(m['a'] + ' ' + m.a + ' ' + SharedTable.size(m))\n"
                + "a[1.0] = 'one'\n"
                + "print(a[1] + ' ' + SharedTable.size(a))\n"
                + "a[2] = null\n"
                + "print(SharedTable.size(a) + ' ' + a)");
        assertEquals(List.of("2 3 nil 2", "1 1 1", "one 2", "1 [one]"), p.prints(), p.output());
    }

    @Test
    void iterationIsInKeyOrderNumbersThenStrings() throws Exception {
        PlaceRun p = run("def t = SharedTable.new([b: 'B', a: 'A'])\n"
                + "t[10] = 'ten'; t[2] = 'two'; t[1.5] = 'one and a half'\n"
                + "def seen = []\n"
                + "for (e in t) { seen << e.key + '=' + e.value }\n"
                + "print(seen.join(' '))\n"
                + "def pairs = []\n"
                + "t.each { k, v -> pairs << k }\n"
                + "print(pairs.join(' '))");
        assertEquals(List.of("1.5=one and a half 2=two 10=ten a=A b=B", "1.5 2 10 a b"), p.prints(), p.output());
    }

    @Test
    void nestedListsAndMapsBecomeSharedTables() throws Exception {
        PlaceRun p = run("def t = SharedTable.new([inner: [7, 8], deep: [x: [y: 1]]])\n"
                + "print(\"${t.inner[2]} ${t.deep.x.y} ${SharedTable.size(t.inner)} ${SharedTable.isFrozen(t.deep.x)}\")");
        assertEquals(List.of("8 1 2 false"), p.prints(), p.output());
    }

    @Test
    void writingAFrozenTableIsAnError() throws Exception {
        PlaceRun p = run("def f = SharedTable.cloneAndFreeze(SharedTable.new([1, 2]), false)\n"
                + "print(\"${SharedTable.isFrozen(f)} ${f[2]}\")\n"
                + "f[1] = 5");
        assertEquals(List.of("true 2"), p.prints(), p.output());
        assertOnlyError(p, "ServerScriptService.Main:3", "attempt to modify a frozen SharedTable");
    }

    @Test
    void incrementUpdateAndClearOfAFrozenTableAreErrorsToo() throws Exception {
        PlaceRun p = run("def f = SharedTable.cloneAndFreeze(SharedTable.new([n: 1]), false)\n"
                + "def tries = [{ SharedTable.increment(f, 'n', 1) }, { SharedTable.update(f, 'n') { it + 1 } },\n"
                + "    { SharedTable.clear(f) }]\n"
                + "tries.each { attempt -> try { attempt(); print('changed') } catch (e) { print(e.message) } }\n"
                + "print(f.n)");
        assertEquals(List.of("attempt to modify a frozen SharedTable", "attempt to modify a frozen SharedTable",
                "attempt to modify a frozen SharedTable", "1"), p.prints(), p.output());
    }

    @Test
    void anUpdateFunctionThatWritesItsOwnTableIsRefusedAndTheTableStaysAsItWas() throws Exception {
        PlaceRun p = run("def t = SharedTable.new([n: 1, other: 5])\n"
                + "try { SharedTable.update(t, 'n') { old -> t.other = 6; old + 1 } } catch (e) { print(e.message) }\n"
                + "SharedTable.update(t, 'n') { old -> old + 10 }\n"
                + "print(\"${t.n} ${t.other}\")");
        assertEquals(List.of("SharedTable.update: the function must not change the table it is updating;"
                + " return the new value instead", "11 5"), p.prints(), p.output());
    }

    @Test
    void storingAnUnsupportedValueIsAnErrorThatNamesTheType() throws Exception {
        PlaceRun p = run("def t = SharedTable.new()\nt.x = 1\nt.part = workspace");
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.Main:3", errors.get(0).location());
        assertTrue(errors.get(0).text().startsWith(
                "SharedTable values must be numbers, booleans, strings, SharedTables or datatypes (Vector3, Color3, ...), not "),
                errors.get(0).text());
    }

    @Test
    void anUnsupportedKeyIsAnError() throws Exception {
        PlaceRun p = run("def t = SharedTable.new()\nt[true] = 1");
        assertOnlyError(p, "ServerScriptService.Main:2", "SharedTable keys must be numbers or strings, not boolean");
    }

    @Test
    void cloneIsShallowOrDeepAndNeverFrozen() throws Exception {
        PlaceRun p = run("def t = SharedTable.new([n: 1, inner: [v: 1]])\n"
                + "def shallow = SharedTable.clone(t, false)\n"
                + "def deep = SharedTable.clone(t, true)\n"
                + "t.n = 2; t.inner.v = 2\n"
                + "print(\"shallow ${shallow.n} ${shallow.inner.v} ${SharedTable.isFrozen(shallow)}\")\n"
                + "print(\"deep ${deep.n} ${deep.inner.v} ${SharedTable.isFrozen(deep)}\")\n"
                + "def frozen = SharedTable.cloneAndFreeze(t, true)\n"
                + "print(\"frozen ${SharedTable.isFrozen(frozen)} ${SharedTable.isFrozen(frozen.inner)} ${SharedTable.isFrozen(t)}\")\n"
                + "def thawed = SharedTable.clone(frozen, true)\n"
                + "thawed.inner.v = 3\n"
                + "print(\"thawed ${SharedTable.isFrozen(thawed)} ${thawed.inner.v} ${SharedTable.size(thawed)}\")");
        assertEquals(List.of("shallow 1 2 false", "deep 1 1 false", "frozen true true false", "thawed false 3 2"),
                p.prints(), p.output());
    }

    @Test
    void clearEmptiesTheTable() throws Exception {
        PlaceRun p = run("def t = SharedTable.new([1, 2, 3])\nSharedTable.clear(t)\nprint(SharedTable.size(t) + ' ' + t)");
        assertEquals(List.of("0 []"), p.prints(), p.output());
    }
}
