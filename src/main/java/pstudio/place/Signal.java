package pstudio.place;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The handlers connected to an event, in connection order. */
public final class Signal {
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Object[]>> waiters = new CopyOnWriteArrayList<>();
    /** Guarded by this: connections plus scripts in {@link #Wait()}, and who hears when that leaves or returns to 0. */
    private int listeners;
    private ListenerWatcher watcher;

    /** Hears when a signal gains its first listener (a connection or a Wait) and when it loses its last. */
    public interface ListenerWatcher {
        void firstListener();

        void lastListenerGone();
    }

    /** Connects a handler (a Groovy closure in scripts); the engine decides where it runs. */
    public Connection Connect(Object handler) {
        return add(new Connection(this, handler, false));
    }

    /** Connects a handler for the next firing only. */
    public Connection Once(Object handler) {
        return add(new Connection(this, handler, true));
    }

    private Connection add(Connection c) {
        connections.add(c);
        listenerAdded();
        return c;
    }

    /** Waits for the next firing and returns its arguments. */
    public Object[] Wait() {
        CompletableFuture<Object[]> next = new CompletableFuture<>();
        waiters.add(next);
        listenerAdded();
        try {
            return ScriptHost.current().await(next, -1);
        } finally {
            waiters.remove(next);
            listenerRemoved();
        }
    }

    /**
     * The connected handlers now, for the engine to run; wakes anyone in {@link #Wait()} with
     * {@code args}, and disconnects the handlers connected with {@link #Once}.
     */
    public List<Connection> takeFiring(Object[] args) {
        for (CompletableFuture<Object[]> w : waiters) {
            w.complete(args);
        }
        List<Connection> firing = List.copyOf(connections);
        for (Connection c : firing) {
            if (c.once) {
                c.Disconnect();
            }
        }
        return firing;
    }

    /** Sets the one watcher of this signal (the engine's, for RunService.Heartbeat); a second is refused. */
    public synchronized void watchListeners(ListenerWatcher w) {
        if (watcher != null) {
            throw new InstanceException("this signal is already watched");
        }
        watcher = w;
        if (listeners > 0) {
            w.firstListener();
        }
    }

    private synchronized void listenerAdded() {
        if (++listeners == 1 && watcher != null) {
            watcher.firstListener();
        }
    }

    private synchronized void listenerRemoved() {
        if (--listeners == 0 && watcher != null) {
            watcher.lastListenerGone();
        }
    }

    void disconnect(Connection c) {
        if (connections.remove(c)) {
            listenerRemoved();
        }
    }

    /** A connected handler; {@code Disconnect()} stops it from being called. */
    public static final class Connection {
        private final Signal signal;
        private final Object handler;
        private final boolean once;
        private volatile boolean connected = true;

        Connection(Signal signal, Object handler, boolean once) {
            this.signal = signal;
            this.handler = handler;
            this.once = once;
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
