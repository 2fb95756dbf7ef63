package pstudio.engine;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import pstudio.place.Actor;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.LuaSourceContainer;
import pstudio.place.ModuleScript;
import pstudio.place.Script;
import pstudio.place.TreeListener;

/**
 * The inside of a run: its copy of the place, the serial scheduler, the worker pool, the actors,
 * the event stream and the statistics. Libraries above the engine (the Parallelizer) work through
 * its public methods.
 */
public final class RunContext {
    private static final AtomicInteger RUN_NUMBERS = new AtomicInteger();
    private static final List<String> RUNNABLE_SERVICES = List.of("Workspace", "ServerScriptService");

    private final String name = "run" + RUN_NUMBERS.incrementAndGet();
    private final DataModel place;
    private final RunOptions options;
    private final EventPublisher events;
    private final EngineHost host = new EngineHost(this);
    private final SerialScheduler serial = new SerialScheduler(name, host, this::checkIdle);
    private final ForkJoinPool workers;
    private final ScheduledExecutorService timers;
    private final ScriptDirectory directory = new ScriptDirectory();
    private final ScriptVm mainVm = new ScriptVm(this, null);
    private final Map<Actor, ActorRuntime> actors = new ConcurrentHashMap<>();
    private final AtomicInteger actorIds = new AtomicInteger();
    private final Set<LuaSourceContainer> started = Collections.newSetFromMap(
            Collections.synchronizedMap(new IdentityHashMap<>()));
    private final RunStatistics stats = new RunStatistics();
    private final AtomicReference<RunState> state = new AtomicReference<>();
    private final Object stateLock = new Object();
    private final long startNanos = System.nanoTime();
    private final Map<String, Object> globals = new HashMap<>();
    private final java.util.concurrent.CountDownLatch compiled = new java.util.concurrent.CountDownLatch(1);

    RunContext(DataModel place, RunOptions options) {
        this.place = place;
        this.options = options;
        this.events = new EventPublisher(name, options.outputDelivery());
        this.workers = new ForkJoinPool(options.workers(), pool -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName(name + "-worker-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, true);
        ScheduledThreadPoolExecutor timerPool = new ScheduledThreadPoolExecutor(1,
                SerialScheduler.namedDaemons(name + "-timer-"));
        timerPool.setRemoveOnCancelPolicy(true);
        this.timers = timerPool;
        globals.put("game", place);
        globals.put("workspace", place.GetService("Workspace"));
        globals.put("task", new TaskLibrary(this));
        globals.put("Instance", new InstanceLibrary());
        globals.put("SharedTable", new SharedTableLibrary());
        for (GlobalLibrary library : options.libraries()) {
            globals.put(library.name(), library.create(this));
        }
        ExitGuard.install();
    }

    // ---- for libraries ------------------------------------------------------------------------

    public DataModel place() {
        return place;
    }

    public int workerCount() {
        return options.workers();
    }

    /** The runtime of an actor of this run's place, created on first use. */
    public ActorRuntime actor(Actor actor) {
        return actors.computeIfAbsent(actor, a -> {
            ActorRuntime rt = new ActorRuntime(this, a, actorIds.incrementAndGet());
            stats.actorCreated();
            events.publish(new RunEvent.ActorCreated(rt.id(), a.GetFullName()));
            return rt;
        });
    }

    /** Forgets an actor (JobScheduler.Destroy); its queued work is dropped with it. */
    public void forgetActor(Actor actor) {
        ActorRuntime rt = actors.remove(actor);
        if (rt != null) {
            events.publish(new RunEvent.ActorDestroyed(rt.id()));
        }
    }

    /** Publishes an event every listener must see. */
    public void publish(RunEvent event) {
        events.publish(event);
    }

    /** Publishes an event that may be dropped under load; check {@link #wantsOptionalEvents()} before building it. */
    public void publishOptional(RunEvent event) {
        events.publishOptional(event);
    }

    /** False when nobody listens or the queue is full: skip building optional events. */
    public boolean wantsOptionalEvents() {
        return events.hasListeners() && !events.saturated();
    }

    public void output(OutputMessage message) {
        events.publishOutput(message);
    }

    /** Error output that must not be dropped (a crash-chain summary). */
    public void outputAlways(OutputMessage message) {
        events.publish(new RunEvent.Output(message));
    }

    public RunStatistics statistics() {
        return stats;
    }

    /** Marks work that can still wake the run; pair with {@link #endWork()} after scheduling any follow-up. */
    public void beginWork() {
        serial.beginWork();
    }

    public void endWork() {
        serial.endWork();
    }

    /**
     * Claims a script so the run does not also start it on its own when it is parented where scripts
     * run; the caller starts it with {@link #runClaimedScriptNow}. False if it was already started.
     */
    public boolean claimScript(Script script) {
        return started.add(script);
    }

    /**
     * Starts a claimed script now, from the calling serial coroutine, in its actor's VM; returns when
     * the script first waits or ends. Its output and errors are named after {@code shownAs} (the job
     * script a clone was made from), so the studio's links lead to a script the user can edit.
     */
    public void runClaimedScriptNow(Script script, LuaSourceContainer shownAs) {
        Coroutine child = scriptCoroutine(script, shownAs);
        if (child == null) {
            return;
        }
        Coroutine caller = Coroutine.current();
        if (caller != null && caller.parallelSlot == null) {
            serial.spawnFrom(caller, child);
        } else {
            serial.makeReady(child);
        }
    }

    /** Calls a script function (a Groovy closure) on the calling thread. */
    public Object callFunction(Object fn, Object... args) {
        if (fn instanceof Closure<?> closure) {
            return closure.call(args);
        }
        throw new ScriptError("expected a function, got " + (fn == null ? "nil" : fn.getClass().getSimpleName()));
    }

    /** Runs a script function later on the serial script thread, after what is already waiting. */
    public void deferFunction(Object fn, Object[] args, ActorRuntime actor) {
        serial.makeReady(functionCoroutine(fn, args, actor));
    }

    /** Translates an error to place coordinates, blaming {@code fn}'s script when the stack cannot tell. */
    public ScriptFailure describe(Throwable error, Object fnOrScript) {
        LuaSourceContainer context = null;
        String hash = null;
        if (fnOrScript instanceof Closure<?> c && c.getOwner() instanceof ScriptBase sb && sb.self() != null) {
            context = sb.self().shownAs;
            hash = sb.self().compiled.hash();
        } else if (fnOrScript instanceof LuaSourceContainer s) {
            context = s;
            hash = ScriptCompiler.hash(s.getSource());
        }
        return ScriptFailure.of(error, directory, context, hash);
    }

    /** Reports an uncaught script error to the output and the statistics. */
    public void reportFailure(Throwable error, Object fnOrScript) {
        if (error instanceof RunStopped || isStopped()) {
            return;
        }
        ScriptFailure f = describe(error, fnOrScript);
        stats.error(f.location(), f.message());
        output(f.toOutput());
    }

    public boolean inParallel() {
        Coroutine co = Coroutine.current();
        if (co != null) {
            return co.parallelSlot != null;
        }
        return ActorRuntime.runningHere() != null;
    }

    public double clockSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public boolean isStopped() {
        return state.get() == RunState.STOPPED;
    }

    // ---- inside the engine -------------------------------------------------------------------

    EventPublisher events() {
        return events;
    }

    ForkJoinPool workers() {
        return workers;
    }

    SerialScheduler serial() {
        return serial;
    }

    EngineHost host() {
        return host;
    }

    Map<String, Object> globals() {
        return globals;
    }

    /** The actor whose VM the calling code belongs to, or null for the main VM. */
    ActorRuntime currentActor() {
        Coroutine co = Coroutine.current();
        return co != null ? co.actor : ActorRuntime.runningHere();
    }

    void start() {
        state.set(RunState.RUNNING);
        events.start();
        events.publish(new RunEvent.StateChanged(RunState.RUNNING));
        place.addTreeListener(new ScriptStarter());
        serial.makeReady(serial.create(this::startInitialScripts, null));
    }

    /** Compiles every script that starts with the run first, so compile errors come before any output. */
    private void startInitialScripts() {
        try {
            compileAndStartInitialScripts();
        } finally {
            compiled.countDown();
        }
    }

    private void compileAndStartInitialScripts() {
        List<Script> toStart = new ArrayList<>();
        for (String service : RUNNABLE_SERVICES) {
            for (Instance i : place.GetService(service).GetDescendants()) {
                if (i instanceof Script s && !s.isDisabled() && started.add(s)) {
                    toStart.add(s);
                }
            }
        }
        List<Coroutine> ready = new ArrayList<>();
        for (Script s : toStart) {
            Coroutine co = scriptCoroutine(s, s);
            if (co != null) {
                ready.add(co);
            }
        }
        ready.forEach(serial::makeReady);
    }

    /** A coroutine that runs {@code script}'s top level, or null (and a reported error) if it does not compile. */
    private Coroutine scriptCoroutine(Script script, LuaSourceContainer shownAs) {
        ActorRuntime actor = script.GetActor() == null ? null : actor(script.GetActor());
        ScriptVm vm = actor == null ? mainVm : actor.vm();
        RunningScript running;
        try {
            running = load(script, shownAs, vm);
        } catch (ScriptCompileException e) {
            reportCompileErrors(e);
            return null;
        }
        stats.scriptStarted();
        return serial.create(() -> {
            ScriptBase body = running.instantiate();
            try {
                body.run();
            } catch (RunStopped stopped) {
                throw stopped;
            } catch (Throwable t) {
                reportFailure(t, shownAs);
            }
        }, actor);
    }

    private Coroutine functionCoroutine(Object fn, Object[] args, ActorRuntime actor) {
        return serial.create(() -> {
            try {
                callFunction(fn, args);
            } catch (RunStopped stopped) {
                throw stopped;
            } catch (Throwable t) {
                reportFailure(t, fn);
            }
        }, actor);
    }

    Coroutine newFunctionCoroutine(Object fn, Object[] args) {
        if (!(fn instanceof Closure<?>)) {
            throw new ScriptError("expected a function, got " + (fn == null ? "nil" : fn.getClass().getSimpleName()));
        }
        return functionCoroutine(fn, args, currentActor());
    }

    /**
     * Runs {@code action} after {@code seconds} as pending work that keeps the run alive. Returns what
     * drops it; cancelling {@code owner} (task.cancel) drops it too, so the run can still become quiescent.
     */
    Runnable scheduleTimer(Coroutine owner, double seconds, Runnable action) {
        beginWork();
        ScheduledFuture<?> timer = timers.schedule(() -> {
            try {
                action.run();
            } finally {
                endWork();
            }
        }, (long) (seconds * 1e9), TimeUnit.NANOSECONDS);
        Runnable drop = () -> {
            if (timer.cancel(false)) {
                endWork();
            }
        };
        owner.wokenByTimer(drop);
        return drop;
    }

    Object runModule(ModuleScript module, ScriptVm vm) throws ScriptCompileException {
        RunningScript running = load(module, module, vm);
        return running.instantiate().run();
    }

    private RunningScript load(LuaSourceContainer script, LuaSourceContainer shownAs, ScriptVm vm)
            throws ScriptCompileException {
        ScriptCompiler.CompiledScript compiled = ScriptCompiler.shared().compile(script.getSource(),
                shownAs.GetFullName());
        directory.register(compiled.hash(), shownAs);
        return new RunningScript(this, script, shownAs, vm, compiled);
    }

    private void reportCompileErrors(ScriptCompileException e) {
        for (CompileProblem p : e.problems()) {
            stats.error(p.script() + ":" + p.line(), p.message());
            output(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR,
                    "syntax error at column " + p.column() + ": " + p.message(), p.script(), p.line(), 1, List.of()));
        }
    }

    /** Starts scripts that become enabled, or arrive enabled, where scripts run. */
    private final class ScriptStarter implements TreeListener {
        @Override
        public void childAdded(Instance parent, Instance child) {
            considerSubtree(child);
        }

        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            if (InstanceClass.DISABLED.equals(property) && Boolean.FALSE.equals(newValue)) {
                considerSubtree(instance);
            }
        }

        private void considerSubtree(Instance root) {
            if (isStopped() || !inRunnableService(root)) {
                return;
            }
            List<Instance> candidates = new ArrayList<>();
            candidates.add(root);
            candidates.addAll(root.GetDescendants());
            for (Instance i : candidates) {
                if (i instanceof Script s && !s.isDisabled() && !started.contains(s)) {
                    serial.makeReady(serial.create(() -> {
                        if (claimScript(s)) {
                            runClaimedScriptNow(s, s);
                        }
                    }, null));
                }
            }
        }

        private boolean inRunnableService(Instance i) {
            for (String service : RUNNABLE_SERVICES) {
                if (i.IsDescendantOf(place.GetService(service))) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- run state -----------------------------------------------------------------------------

    RunState state() {
        return state.get();
    }

    /** Called whenever a source of work may have run dry; publishes QUIESCENT once nothing can happen. */
    private void checkIdle() {
        if (state.get() != RunState.RUNNING || !serial.isQuiescent()) {
            return;
        }
        if (state.compareAndSet(RunState.RUNNING, RunState.QUIESCENT)) {
            events.publish(new RunEvent.StateChanged(RunState.QUIESCENT));
            synchronized (stateLock) {
                stateLock.notifyAll();
            }
        }
    }

    /** Waits until the scripts that start with the run have compiled (the first compile warms Groovy up). */
    boolean awaitCompiled(long timeoutMillis) throws InterruptedException {
        return compiled.await(timeoutMillis, TimeUnit.MILLISECONDS) || isStopped();
    }

    boolean awaitQuiescent(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (stateLock) {
            while (state.get() == RunState.RUNNING) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                stateLock.wait(Math.min(left, 50));
                checkIdle();
            }
        }
        return state.get() == RunState.QUIESCENT;
    }

    /** Ends every thread of the run; returns false if some script thread would not stop in time. */
    boolean stop(long millis) throws InterruptedException {
        RunState before = state.getAndSet(RunState.STOPPED);
        if (before == RunState.STOPPED) {
            return true;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        timers.shutdownNow();
        workers.shutdownNow();
        boolean serialDone = serial.stop(millis);
        boolean workersDone = workers.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!(serialDone && workersDone)) {
            events.publish(new RunEvent.Output(OutputMessage.of(OutputLevel.WARN,
                    "some script threads did not stop within " + millis + " ms and were abandoned", null, 0)));
        }
        stats.finish(System.nanoTime() - startNanos);
        events.publish(new RunEvent.StateChanged(RunState.STOPPED));
        synchronized (stateLock) {
            stateLock.notifyAll();
        }
        events.close();
        return serialDone && workersDone;
    }

    /**
     * Where scripts are running right now, in place coordinates ({@code ServerScriptService.Spin:3}),
     * for saying which script a run that would not end was stuck in.
     */
    List<String> busyLocations() {
        List<String> where = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (!e.getKey().getName().startsWith(name + "-")) {
                continue;
            }
            for (StackTraceElement frame : e.getValue()) {
                String hash = ScriptDirectory.hashOf(frame.getClassName());
                if (hash != null && frame.getLineNumber() > 0) {
                    String at = directory.nameFor(hash, null, null) + ":" + frame.getLineNumber();
                    if (!where.contains(at)) {
                        where.add(at);
                    }
                    break;
                }
            }
        }
        return where;
    }

    void addListener(RunListener listener) {
        events.addListener(listener);
    }

    List<OutputMessage> outputHistory() {
        return events.history();
    }
}
