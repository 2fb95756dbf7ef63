package pstudio.place;

/**
 * Roblox's RunService: {@code Heartbeat}, which a run fires 60 times a second, and what kind of
 * session this is. Every DataModel has its own, outside its children: it is not stored in a place
 * file, cannot be moved or copied, and each run's copy of a place has a fresh one.
 */
public final class RunService extends Instance {
    public static final String CLASS_NAME = "RunService";

    private final DataModel game;
    private final Signal heartbeat = new Signal();

    RunService(DataModel game) {
        super(CLASS_NAME);
        this.game = game;
    }

    /** Fires with {@code dt}, the seconds since the last Heartbeat, on the serial script thread. */
    public Signal getHeartbeat() {
        return heartbeat;
    }

    /** True while the place is running (always, for a script). */
    public boolean IsRunning() {
        return ScriptHost.current().isRunning();
    }

    /** Runs happen in the studio or its headless runner, never in a published game. */
    public boolean IsStudio() {
        return true;
    }

    /** Every script runs as server code: there is no client. */
    public boolean IsServer() {
        return true;
    }

    public boolean IsClient() {
        return false;
    }

    @Override
    public Instance getParent() {
        return game;
    }

    @Override
    public String GetFullName() {
        return getName();
    }

    @Override
    public Instance Clone() {
        throw new InstanceException("RunService cannot be cloned");
    }

    @Override
    protected void checkParentAllowed(Instance newParent) {
        throw new InstanceException("RunService cannot be moved or destroyed");
    }
}
