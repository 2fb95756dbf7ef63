package pstudio.engine.luau;

import java.util.List;
import pstudio.engine.SharedTable;

/**
 * The array part of a table for the table library, positions 1..n: a Groovy list (whose own
 * indexes are 0-based), or a SharedTable's keys 1..n up to the first missing one.
 */
abstract class ArrayPart {
    abstract int length();

    /** The value at 1-based position i (1..length). */
    abstract Object get(int i);

    abstract void set(int i, Object value);

    /** Puts value at position i (1..length+1), moving the ones from i up. */
    abstract void insert(int i, Object value);

    /** Removes the value at position i (1..length), moving the ones above it down; returns it. */
    abstract Object remove(int i);

    abstract void clear();

    static ArrayPart of(Object table, int arg, String function) {
        if (table instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) list;
            return new OfList(values);
        }
        if (table instanceof SharedTable shared) {
            return new OfSharedTable(shared);
        }
        throw Arguments.typeError(arg, function, "table", table);
    }

    private static final class OfList extends ArrayPart {
        private final List<Object> list;

        OfList(List<Object> list) {
            this.list = list;
        }

        @Override
        int length() {
            return list.size();
        }

        @Override
        Object get(int i) {
            return list.get(i - 1);
        }

        @Override
        void set(int i, Object value) {
            list.set(i - 1, value);
        }

        @Override
        void insert(int i, Object value) {
            list.add(i - 1, value);
        }

        @Override
        Object remove(int i) {
            return list.remove(i - 1);
        }

        @Override
        void clear() {
            list.clear();
        }
    }

    /** Each step is one atomic SharedTable operation; appending is atomic as a whole. */
    private static final class OfSharedTable extends ArrayPart {
        private final SharedTable table;

        OfSharedTable(SharedTable table) {
            this.table = table;
        }

        @Override
        int length() {
            int n = 0;
            while (table.getAt(n + 1) != null) {
                n++;
            }
            return n;
        }

        @Override
        Object get(int i) {
            return table.getAt(i);
        }

        @Override
        void set(int i, Object value) {
            table.putAt(i, value);
        }

        @Override
        void insert(int i, Object value) {
            int n = length();
            if (i == n + 1) {
                table.append(value);
                return;
            }
            for (int k = n; k >= i; k--) {
                table.putAt(k + 1, table.getAt(k));
            }
            table.putAt(i, value);
        }

        @Override
        Object remove(int i) {
            int n = length();
            Object removed = table.getAt(i);
            for (int k = i; k < n; k++) {
                table.putAt(k, table.getAt(k + 1));
            }
            table.putAt(n, null);
            return removed;
        }

        @Override
        void clear() {
            table.clear();
        }
    }
}
