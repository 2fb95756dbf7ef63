package pstudio.place;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An immutable snapshot of an instance's children, so that scripts on parallel workers can read
 * the tree without a lock while the serial thread changes it.
 *
 * <p>Why not a CopyOnWriteArrayList: it copies the whole list on every add, so a folder of 100,000
 * children costs 5 billion element copies to build. Here an append writes the first free slot of
 * the shared array and returns a new snapshot one longer; that slot lies past the end of every
 * snapshot that already exists, so no reader can see it change. Removals and inserts copy, so a
 * slot inside any snapshot is never written again. The owner publishes the new snapshot through a
 * volatile field, which also makes the slot's write visible to whoever reads that snapshot.
 * Writers must be serialised (the tree lock, or a tree that no other thread sees yet), and each
 * must build on the latest snapshot.
 */
final class ChildList implements Iterable<Instance> {
    static final ChildList EMPTY = new ChildList(new Instance[0], 0);

    private final Instance[] slots;
    private final int size;

    private ChildList(Instance[] slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    /** A snapshot that owns {@code children}; the caller must not touch the array afterwards. */
    static ChildList adopt(Instance[] children) {
        return children.length == 0 ? EMPTY : new ChildList(children, children.length);
    }

    int size() {
        return size;
    }

    Instance get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return slots[index];
    }

    int indexOf(Instance child) {
        for (int i = 0; i < size; i++) {
            if (slots[i] == child) {
                return i;
            }
        }
        return -1;
    }

    /** This list with {@code child} at the end: amortised O(1). */
    ChildList append(Instance child) {
        Instance[] target = slots;
        if (size == target.length) {
            target = Arrays.copyOf(slots, Math.max(4, size * 2));
        }
        target[size] = child;
        return new ChildList(target, size + 1);
    }

    /** This list with {@code child} at {@code index} (0..size): a copy. */
    ChildList insert(int index, Instance child) {
        Instance[] copy = new Instance[size + 1];
        System.arraycopy(slots, 0, copy, 0, index);
        copy[index] = child;
        System.arraycopy(slots, index, copy, index + 1, size - index);
        return new ChildList(copy, size + 1);
    }

    /** This list without {@code child} (itself if absent): a copy. */
    ChildList without(Instance child) {
        int at = indexOf(child);
        if (at < 0) {
            return this;
        }
        if (size == 1) {
            return EMPTY;
        }
        Instance[] copy = new Instance[size - 1];
        System.arraycopy(slots, 0, copy, 0, at);
        System.arraycopy(slots, at + 1, copy, at, size - at - 1);
        return new ChildList(copy, size - 1);
    }

    /** This snapshot as a read-only list, without copying it. */
    List<Instance> asList() {
        return new AbstractList<>() {
            @Override
            public Instance get(int index) {
                return ChildList.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** A new mutable list of the children, for callers that keep or change it. */
    List<Instance> toList() {
        List<Instance> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(slots[i]);
        }
        return out;
    }

    @Override
    public Iterator<Instance> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Instance next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return slots[next++];
            }
        };
    }
}
