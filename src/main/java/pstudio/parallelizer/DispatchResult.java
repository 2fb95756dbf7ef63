package pstudio.parallelizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import pstudio.engine.ScriptError;
import pstudio.engine.luau.LuauFormat;

/**
 * A dispatch's results: {@code result[id]} for ids 1..threadCount (1-based, as in Luau), iterable in
 * id order, printable as {@code [r1, r2, ...]} with each result as Luau's tostring writes it.
 */
public final class DispatchResult implements Iterable<Object> {
    private final Object[] values;

    DispatchResult(Object[] values) {
        this.values = values;
    }

    /** {@code result[id]}; declared for int too, or Groovy would pick its 0-based {@code getAt(Iterable, int)}. */
    public Object getAt(int id) {
        return getAt((Number) id);
    }

    public Object getAt(Number id) {
        int i = id.intValue();
        if (i < 1 || i > values.length || i != id.doubleValue()) {
            throw new ScriptError("result has ids 1.." + values.length + ", not " + id);
        }
        return values[i - 1];
    }

    public int size() {
        return values.length;
    }

    /** The results as a plain 0-based Groovy list of the script's own, which it may change (unique, add, remove). */
    public List<Object> toList() {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Override
    public Iterator<Object> iterator() {
        return Arrays.asList(values).iterator();
    }

    @Override
    public String toString() {
        return LuauFormat.tostring(Arrays.asList(values));
    }
}
