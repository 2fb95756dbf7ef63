package pstudio.place;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The handlers connected to an event, in connection order. */
public final class Signal {
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Object[]>> waiters = new CopyOnWriteArrayList<>();

    /** Connects a handler (a Groovy closure in scripts); the engine decides where it runs. */
    public Connection Connect(Object handler) {
        Connection c = new Connection(this, handler);
        connections.add(c);
        return c;
    }

    /** Waits for the next firing and returns its arguments. */
    public Object[] Wait() {
        CompletableFuture<Object[]> next = new CompletableFuture<>();
        waiters.add(next);
        try {
            return ScriptHost.current().await(next, -1);
        } finally {
            waiters.remove(next);
        }
    }

    /** The connected handlers now; wakes anyone in {@link #Wait()} with {@code args}. */
    public List<Connection> takeFiring(Object[] args) {
        for (CompletableFuture<Object[]> w : waiters) {
            w.complete(args);
        }
        return List.copyOf(connections);
    }

    void disconnect(Connection c) {
        connections.remove(c);
    }

    /** A connected handler; {@code Disconnect()} stops it from being called. */
    public static final class Connection {
        private final Signal signal;
        private final Object handler;
        private volatile boolean connected = true;

        Connection(Signal signal, Object handler) {
            this.signal = signal;
            this.handler = handler;
        }

        public Object handler() {
            return handler;
        }

        public boolean getConnected() {
            return connected;
        }

        public void Disconnect() {
            connected = false;
            signal.disconnect(this);
        }
    }
}
