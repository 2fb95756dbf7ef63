package pstudio.engine;

import groovy.lang.Closure;
import groovy.lang.GString;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pstudio.engine.datatypes.Datatype;
import pstudio.engine.luau.LuauFormat;
import pstudio.engine.luau.LuauValues;

/**
 * Roblox's SharedTable: a table shared by reference between actors and the main thread. Keys are
 * numbers or strings, values numbers, booleans, strings, SharedTables or datatypes ({@code Vector3},
 * {@code Color3}, ...: immutable, so safe to share); every single operation is
 * atomic. Integral number keys are normalised so {@code t[1]} and {@code t[1.0]} are one key.
 */
public final class SharedTable implements Iterable<Map.Entry<Object, Object>> {
    private static final Comparator<Object> KEY_ORDER = (a, b) -> {
        boolean an = a instanceof Number;
        boolean bn = b instanceof Number;
        if (an && bn) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (an != bn) {
            return an ? -1 : 1;
        }
        return a.toString().compareTo(b.toString());
    };

    private final ConcurrentHashMap<Object, Object> entries = new ConcurrentHashMap<>();
    /** Tables whose update function this thread is running now. */
    private static final ThreadLocal<Set<SharedTable>> UPDATING =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));
    private final boolean frozen;

    public SharedTable() {
        this(false);
    }

    private SharedTable(boolean frozen) {
        this.frozen = frozen;
    }

    /** A table from a Groovy list (keys 1..n, as Luau arrays) or map; nested lists and maps become tables. */
    public static SharedTable from(Object data) {
        SharedTable t = new SharedTable();
        t.fill(data);
        return t;
    }

    private void fill(Object data) {
        if (data == null) {
            return;
        }
        if (data instanceof SharedTable other) {
            entries.putAll(other.entries);
        } else if (data instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    entries.put(i + 1, value(list.get(i)));
                }
            }
        } else if (data instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null) {
                    entries.put(key(e.getKey()), value(e.getValue()));
                }
            }
        } else if (data.getClass().isArray() && data instanceof Object[] array) {
            fill(List.of(array));
        } else {
            throw ValueText.badArgument(1, "new", "table", data);
        }
    }

    // ---- what scripts use: t[k], t[k] = v, t.name, iteration --------------------------------------

    /**
     * {@code t[k]}. The int and String overloads matter: without them Groovy would pick its own
     * 0-based {@code getAt(Iterable, int)} for {@code t[1]}.
     */
    public Object getAt(Object key) {
        return entries.get(key(key));
    }

    public Object getAt(int key) {
        return entries.get(key);
    }

    public Object getAt(String key) {
        return entries.get(key);
    }

    public void putAt(int key, Object value) {
        putAt((Object) key, value);
    }

    public void putAt(String key, Object value) {
        putAt((Object) key, value);
    }

    public void putAt(Object key, Object value) {
        checkWritable();
        Object k = key(key);
        if (value == null) {
            entries.remove(k);
        } else {
            entries.put(k, value(value));
        }
    }

    public Object propertyMissing(String name) {
        return getAt(name);
    }

    public void propertyMissing(String name, Object value) {
        putAt(name, value);
    }

    /** Entries in key order: numbers ascending, then strings. */
    @Override
    public Iterator<Map.Entry<Object, Object>> iterator() {
        return snapshot().iterator();
    }

    /** {@code t.each { k, v -> }} or {@code t.each { entry -> }}. */
    public void each(Closure<?> body) {
        boolean pairs = body.getMaximumNumberOfParameters() >= 2;
        for (Map.Entry<Object, Object> e : snapshot()) {
            if (pairs) {
                body.call(e.getKey(), e.getValue());
            } else {
                body.call(e);
            }
        }
    }

    private List<Map.Entry<Object, Object>> snapshot() {
        List<Map.Entry<Object, Object>> list = new ArrayList<>(entries.entrySet().size());
        for (Map.Entry<Object, Object> e : entries.entrySet()) {
            list.add(Map.entry(e.getKey(), e.getValue()));
        }
        list.sort(Map.Entry.comparingByKey(KEY_ORDER));
        return list;
    }

    // ---- the SharedTable library's operations ---------------------------------------------------

    public int size() {
        return entries.size();
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void clear() {
        checkWritable();
        entries.clear();
    }

    public SharedTable copy(boolean deep, boolean freeze) {
        SharedTable copy = new SharedTable(freeze);
        for (Map.Entry<Object, Object> e : entries.entrySet()) {
            Object v = e.getValue();
            copy.entries.put(e.getKey(), deep && v instanceof SharedTable nested ? nested.copy(true, freeze) : v);
        }
        return copy;
    }

    /**
     * Atomically replaces the value at {@code key} with {@code fn(old)}; a null result removes the key.
     * No lock is held while {@code fn} runs (it may wait, or update other tables): if another
     * thread changed the value meanwhile, {@code fn} runs again with the new one, as Roblox's does.
     */
    public void update(Object key, Closure<?> fn) {
        checkWritable();
        Object k = key(key);
        Set<SharedTable> updating = UPDATING.get();
        while (true) {
            Object old = entries.get(k);
            Object next;
            updating.add(this);
            try {
                next = LuauCall.call(fn, old);
            } finally {
                updating.remove(this);
            }
            Object stored = next == null ? null : value(next);
            boolean swapped;
            if (old == null) {
                swapped = stored == null ? !entries.containsKey(k) : entries.putIfAbsent(k, stored) == null;
            } else if (stored == null) {
                swapped = entries.remove(k, old);
            } else {
                swapped = entries.replace(k, old, stored);
            }
            if (swapped) {
                return;
            }
        }
    }

    /** Atomically adds {@code delta} to the number at {@code key} (missing counts as 0); returns the old value. */
    public Object increment(Object key, Number delta) {
        checkWritable();
        Object[] old = new Object[1];
        entries.compute(key(key), (k, current) -> {
            Object base = current == null ? Integer.valueOf(0) : current;
            if (!(base instanceof Number n)) {
                throw new ScriptError("SharedTable.increment: the value at " + k + " is a " + typeName(base)
                        + ", not a number");
            }
            old[0] = base;
            return add(n, delta);
        });
        return old[0];
    }

    /**
     * Stores {@code value} at the first free position after the array part 1..n (table.insert's
     * append), atomically against other appends: two actors appending at once get two positions.
     */
    public void append(Object value) {
        checkWritable();
        if (value == null) {
            return;
        }
        Object v = value(value);
        int position = 1;
        while (entries.putIfAbsent(position, v) != null) {
            position++;
        }
    }

    private static Number add(Number a, Number b) {
        if ((a instanceof Integer || a instanceof Long) && (b instanceof Integer || b instanceof Long)) {
            long sum = a.longValue() + b.longValue();
            return sum == (int) sum ? (Number) (int) sum : (Number) sum;
        }
        return a.doubleValue() + b.doubleValue();
    }

    private void checkWritable() {
        if (frozen) {
            throw new ScriptError("attempt to modify a frozen SharedTable");
        }
        // a write from inside the update function would make the update run its function again forever
        if (UPDATING.get().contains(this)) {
            throw new ScriptError("SharedTable.update: the function must not change the table it is updating;"
                    + " return the new value instead");
        }
    }

    static Object key(Object key) {
        if (key instanceof Integer || key instanceof String) {
            return key;
        }
        if (key instanceof GString || key instanceof CharSequence) {
            return key.toString();
        }
        if (key instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
            if (Double.isNaN(d)) {
                throw new ScriptError("SharedTable keys cannot be NaN");
            }
            return d;
        }
        throw new ScriptError("SharedTable keys must be numbers or strings, not " + typeName(key));
    }

    static Object value(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Boolean
                || value instanceof String || value instanceof SharedTable || value instanceof Datatype) {
            return value;
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof BigDecimal || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return from(value);
        }
        throw new ScriptError("SharedTable values must be numbers, booleans, strings, SharedTables or datatypes"
                + " (Vector3, Color3, ...), not "
                + typeName(value));
    }

    private static String typeName(Object o) {
        return LuauValues.typeof(o);
    }

    /** {@code [a, b]} for a 1..n array, else {@code [k:v, ...]}. */
    @Override
    public String toString() {
        List<Map.Entry<Object, Object>> list = snapshot();
        boolean array = true;
        for (int i = 0; i < list.size() && array; i++) {
            array = Integer.valueOf(i + 1).equals(list.get(i).getKey());
        }
        StringBuilder sb = new StringBuilder("[");
        for (Map.Entry<Object, Object> e : list) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            if (!array) {
                LuauFormat.append(sb, e.getKey());
                sb.append(':');
            }
            LuauFormat.append(sb, e.getValue());
        }
        return sb.append(']').toString();
    }
}
