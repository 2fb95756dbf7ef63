package pstudio.place;

import java.util.Arrays;

/**
 * A Roblox datatype ({@code Vector3}, {@code Color3}, ...) as the tree stores it in an attribute:
 * its type name and its numbers. The engine's datatypes are such values; the tree names only this,
 * since the datatypes live above it.
 */
public interface DatatypeValue {
    /** Roblox's name of the type, which is also its name in .place files: {@code Vector3}. */
    String typeName();

    /** The numbers that make the value, in the order Roblox lists them (a CFrame's 12). */
    double[] components();

    /** A datatype read from a file or the run protocol; in a run, scripts get the engine's own. */
    record Plain(String typeName, double[] numbers) implements DatatypeValue {
        public Plain {
            numbers = numbers.clone();
        }

        @Override
        public double[] components() {
            return numbers.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Plain p && p.typeName.equals(typeName) && Arrays.equals(p.numbers, numbers);
        }

        @Override
        public int hashCode() {
            return typeName.hashCode() * 31 + Arrays.hashCode(numbers);
        }

        @Override
        public String toString() {
            return PropertyType.joined(numbers);
        }
    }
}
