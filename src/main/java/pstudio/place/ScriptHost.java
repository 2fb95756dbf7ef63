package pstudio.place;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * What the instance tree needs from a running engine: the parallel-phase write rule, a way to wait
 * that does not hold the serial script thread, and actor messaging. The engine says which is the
 * calling thread's ({@link #locateWith}); without one (editing in the studio, plain tests) writes are allowed, waits block,
 * and messaging is refused.
 */
public interface ScriptHost {

    /** The host of the calling thread, or a plain one outside a run. */
    static ScriptHost current() {
        ScriptHost host = Locator.find.get();
        return host != null ? host : Standalone.INSTANCE;
    }

    /**
     * The engine tells the tree how to find the calling thread's host (null: none); the tree itself
     * knows no engine, no script threads and no thread-locals.
     */
    static void locateWith(Supplier<ScriptHost> finder) {
        Locator.find = finder;
    }

    /** Where {@link #current()} looks. */
    final class Locator {
        private static volatile Supplier<ScriptHost> find = () -> null;

        private Locator() {
        }
    }

    /** Throws if the calling thread may not change the tree now (parallel phase). */
    void checkWrite(Instance target, String action);

    /**
     * Waits for {@code future} for at most {@code timeoutSeconds} (negative: no limit) and returns its
     * value, or null on timeout. A script thread gives up the serial thread while it waits.
     */
    <T> T await(CompletableFuture<T> future, double timeoutSeconds);

    void sendMessage(Actor actor, String topic, Object[] args);

    void bindToMessage(Actor actor, String topic, Object handler, boolean parallel);

    /** True inside a run (RunService.IsRunning). */
    boolean isRunning();

    /** Runs each handler of a fired BindableEvent (on the serial script thread, in a run). */
    void fire(BindableEvent event, Object[] args);

    /** A Vector2 as scripts know it (the engine's datatype in a run). */
    default Object vector2(double x, double y) {
        return new PlainPoint(x, y);
    }

    /** A Color3 as scripts know it (the engine's datatype in a run). */
    default Object color3(double r, double g, double b) {
        return new PlainColor(r, g, b);
    }

    /** A point outside a run, where the engine's datatypes are not at hand. */
    record PlainPoint(double getX, double getY) implements PointValue {
        @Override
        public String toString() {
            return PlainNumbers.join(getX, getY);
        }
    }

    /** A colour outside a run. */
    record PlainColor(double getR, double getG, double getB) implements ColorValue {
        @Override
        public String toString() {
            return PlainNumbers.join(getR, getG, getB);
        }
    }

    /** Writes numbers as Roblox prints a datatype's components. */
    final class PlainNumbers {
        private PlainNumbers() {
        }

        static String join(double... values) {
            StringBuilder out = new StringBuilder();
            for (double v : values) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
            }
            return out.toString();
        }
    }

    /** The host used when no run is going. */
    final class Standalone implements ScriptHost {
        static final Standalone INSTANCE = new Standalone();

        @Override
        public void checkWrite(Instance target, String action) {
        }

        @Override
        public <T> T await(CompletableFuture<T> future, double timeoutSeconds) {
            try {
                return timeoutSeconds < 0 ? future.get()
                        : future.get((long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InstanceException("interrupted while waiting");
            } catch (ExecutionException e) {
                throw new InstanceException(String.valueOf(e.getCause().getMessage()));
            }
        }

        @Override
        public void sendMessage(Actor actor, String topic, Object[] args) {
            throw new InstanceException("SendMessage works only while the place is running");
        }

        @Override
        public void bindToMessage(Actor actor, String topic, Object handler, boolean parallel) {
            throw new InstanceException("BindToMessage works only while the place is running");
        }

        @Override
        public boolean isRunning() {
            return false;
        }

        @Override
        public void fire(BindableEvent event, Object[] args) {
            throw new InstanceException("Fire works only while the place is running");
        }
    }
}
