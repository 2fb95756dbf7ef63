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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pstudio.engine.datatypes.Datatypes;
import pstudio.engine.luau.LuauLibraries;
import pstudio.engine.luau.LuauValues;
import pstudio.place.Actor;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.LuaSourceContainer;
import pstudio.place.ModuleScript;
import pstudio.place.Script;

/**
 * The inside of a run: its copy of the place, the serial scheduler, the worker pool, the actors,
 * the event stream and the statistics. Libraries above the engine (the Parallelizer) work through
 * its public methods.
 */
public final class RunContext {
    private static final AtomicInteger RUN_NUMBERS = new AtomicInteger();
    /** The services whose enabled scripts start with the run, and start when added or enabled later. */
    private static final List<String> RUNNABLE_SERVICES = List.of("Workspace", "ServerScriptService");

    private final String name = "run" + RUN_NUMBERS.incrementAndGet();
    private final DataModel place;
    private final RunOptions options;
    private final RunClock clock = new RunClock();
    private final EventPublisher events;
    private final RunTelemetry telemetry;
    private final EngineHost host = new EngineHost(this);
    private final SerialScheduler serial = new SerialScheduler(name, this::checkIdle);
    private final WorkerPool pool;
    private final RunTimers timers = new RunTimers(name, serial);
    private final HeartbeatClock heartbeat;
    private final RunLifecycle lifecycle;
    private final ActorRegistry actors;
    private final ScriptDirectory directory = new ScriptDirectory();
    private final ScriptVm mainVm = new ScriptVm(this, null);
    private final AtomicInteger scriptIds = new AtomicInteger();
    private final Set<LuaSourceContainer> started = Collections.newSetFromMap(
            Collections.synchronizedMap(new IdentityHashMap<>()));
    private final RunStatistics stats = new RunStatistics();
    private final Map<String, Object> globals = new HashMap<>();
    private final TaskLibrary tasks = new TaskLibrary(this);
    private final Set<String> deprecationsWarned = ConcurrentHashMap.newKeySet();
    /** Live coroutines by the script instance whose code they run, so Destroy or Disabled can stop them. */
    private final Map<Object, Set<Coroutine>> coroutinesByScript = new ConcurrentHashMap<>();
    private final MetaClassChanges metaClassChanges = MetaClassChanges.record();

    RunContext(DataModel place, RunOptions options) {
        this.place = place;
        this.options = options;
        this.events = new EventPublisher(name, options.outputDelivery(), clock);
        this.pool = new WorkerPool(name, options.workers());
        this.lifecycle = new RunLifecycle(events, clock, serial::isQuiescent);
        this.actors = new ActorRegistry(this, events, stats);
        this.telemetry = new RunTelemetry(clock, options.telemetry(), actors::live, pool::queueDepth);
        this.heartbeat = new HeartbeatClock(this, place.getRunService().getHeartbeat(), name);
        globals.put("game", place);
        globals.put("workspace", place.GetService("Workspace"));
        globals.put("task", tasks);
        globals.put("Instance", new InstanceLibrary());
        globals.put("SharedTable", new SharedTableLibrary());
        LuauLibraries.install(globals);
        Datatypes.install(globals);
        for (GlobalLibrary library : options.libraries()) {
            globals.put(library.name(), library.create(this));
        }
    }

    // ---- for libraries ------------------------------------------------------------------------

    public DataModel place() {
        return place;
    }

    public int workerCount() {
        return pool.size();
    }

    /** The runtime of an actor of this run's place, created on first use. */
    public ActorRuntime actor(Actor actor) {
        return actor(actor, 0, 0);
    }

    /**
     * The runtime of an actor a library made as member {@code index} (1-based) of its group
     * {@code schedulerId} (a job scheduler), created on first use.
     */
    public ActorRuntime actor(Actor actor, long schedulerId, int index) {
        return actors.get(actor, schedulerId, index);
    }

    /** Forgets an actor (JobScheduler.Destroy); its queued work is dropped with it. */
    public void forgetActor(Actor actor) {
        actors.forget(actor);
    }

    /** Publishes a library's event: in order with the run's own, never dropped. */
    public void publish(LibraryEvent event) {
        events.publish(event);
    }

    /** The run's clock: every event, span and snapshot is stamped with it. */
    public RunClock clock() {
        return clock;
    }

    /** Snapshots of the run's counters and the worker threads' spans. */
    public RunTelemetry telemetry() {
        return telemetry;
    }

    /** The global a library installed under {@code name} (the Parallelizer), or null. */
    public Object library(String name) {
        return globals.get(name);
    }

    /**
     * Work that comes from outside the run (a command such as dispatch again): like
     * {@link #beginWork()}, and a quiescent run is running again until it runs dry.
     */
    public void beginCommandWork() {
        serial.beginWork();
        lifecycle.woken();
    }

    /** A message for the output: warnings and errors are never dropped (the studio may drop prints and says so). */
    public void output(OutputMessage message) {
        events.publishOutput(message);
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
     * {@code ending}, if given, hears when its top-level code ends and may take over reporting its error.
     */
    public void runClaimedScriptNow(Script script, LuaSourceContainer shownAs, ScriptEnding ending) {
        Coroutine child = scriptCoroutine(script, shownAs, ending);
        if (child == null) {
            return;
        }
        Coroutine caller = Coroutine.current();
        if (caller != null && !caller.inParallel()) {
            serial.spawnFrom(caller, child);
        } else {
            serial.makeReady(child);
        }
    }

    /** Hears when a script's top-level code ends. */
    public interface ScriptEnding {
        /** {@code failure} is null when the code ended normally; return true to report the failure yourself. */
        boolean ended(Throwable failure);
    }

    /** Calls a script function on the calling thread, the Luau way (extra arguments dropped, missing ones nil). */
    public Object callFunction(Object fn, Object... args) {
        return LuauCall.call(fn, args);
    }

    /**
     * Calls a handler or a dispatch callback; its error is reported against its own script, and a
     * stopped script's function does not run.
     */
    public void callHandler(Object fn, Object... args) {
        if (scriptStopped(originOf(fn))) {
            return;
        }
        try {
            LuauCall.call(fn, args);
        } catch (Throwable t) {
            if (isStop(t)) {
                throw asStop(t);
            }
            reportFailure(t, fn);
        }
    }

    /** Runs a script function later on the serial script thread, after what is already waiting. */
    public void deferFunction(Object fn, Object[] args, ActorRuntime actor) {
        serial.makeReady(functionCoroutine(fn, args, actor != null ? actor : actorOf(fn)));
    }

    /** Runs {@code body} later on the serial script thread, as code of the script {@code origin} belongs to. */
    public void deferTask(Runnable body, Object origin) {
        deferRunnable(body, origin, actorOf(origin));
    }

    /** After a dispatched thread that called task.synchronize(): back to the parallel phase, in its actor. */
    public void resumeParallel() {
        Coroutine co = Coroutine.current();
        if (co != null && !co.inParallel() && co.actor != null) {
            co.desynchronize();
        }
    }

    /** True for the throwables that end a script thread on purpose (Stop, task.cancel, a destroyed script). */
    public static boolean isStop(Throwable t) {
        if (t instanceof RunStopped) {
            return true;
        }
        Coroutine co = Coroutine.current();
        return t instanceof InterruptedException && co != null && co.isCancelled();
    }

    /** The error to rethrow for a throwable {@link #isStop} accepted. */
    public static Error asStop(Throwable t) {
        return t instanceof RunStopped stop ? stop : new RunStopped();
    }

    TaskLibrary tasks() {
        return tasks;
    }

    /** Warns once per run that a deprecated global was used, where it was first used. */
    void deprecated(String global, String instead, RunningScript by) {
        if (deprecationsWarned.add(global)) {
            output(OutputMessage.of(OutputLevel.WARN, global + " is deprecated: use " + instead + " instead",
                    by.shownAs.GetFullName(), by.currentLine()));
        }
    }

    /**
     * The place the {@code level}-th script function on the calling thread's stack is at (1: the
     * innermost), for {@code error(message, level)}; {@code caller}, if known, is the script whose
     * class a twin script may share.
     */
    Location scriptFrame(int level, RunningScript caller) {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getLineNumber() > 0 && ScriptDirectory.hashOf(f.getClassName()) != null)
                .toList());
        List<StackWalker.StackFrame> functions = new ArrayList<>();
        for (StackWalker.StackFrame f : frames) {
            StackWalker.StackFrame last = functions.isEmpty() ? null : functions.get(functions.size() - 1);
            if (last == null || !(last.getClassName().equals(f.getClassName()) && last.getMethodName().equals(f.getMethodName()))) {
                functions.add(f);
            }
        }
        if (level > functions.size()) {
            return null;
        }
        StackWalker.StackFrame f = functions.get(level - 1);
        // a twin script shares the class: the frames of the calling script's class are the caller's
        return new Location(directory.nameFor(ScriptDirectory.hashOf(f.getClassName()),
                caller == null ? null : caller.shownAs, caller == null ? null : caller.compiled.hash()),
                f.getLineNumber());
    }

    /** What {@code pcall} returns for a caught error: the raised table as it was, or the message with its place. */
    Object caughtValue(Throwable t, Object fn) {
        if (isStop(t)) {
            throw asStop(t);
        }
        if (t instanceof ScriptError se && !(se.value() instanceof CharSequence) && se.value() != null) {
            return se.value();
        }
        if (t instanceof ScriptError se && se.levelZero()) {
            return se.getMessage();
        }
        ScriptFailure f = describe(t, fn);
        return f.location() == null ? f.message() : f.location() + ": " + f.message();
    }

    /** A script and line of the place; {@code text()} is {@code ServerScriptService.Master:3}. */
    public record Location(String script, int line) {
        public String text() {
            return script == null ? null : line > 0 ? script + ":" + line : script;
        }
    }

    /** Where the calling script is running now, in place coordinates (the innermost script frame). */
    public Location whereNow() {
        Location here = scriptFrame(1, null);
        return here != null ? here : new Location(null, 0);
    }

    /**
     * Compiles {@code script} now (or takes it from the cache); if it does not compile, reports
     * its problems once and throws {@code refusal} as the caller's error.
     */
    public void compileOrReport(LuaSourceContainer script, String refusal) {
        try {
            ScriptCompiler.shared().compile(script.getSource(), script.GetFullName());
        } catch (ScriptCompileException e) {
            reportCompileErrors(e);
            throw new ScriptError(refusal);
        }
    }

    /** Runs {@code body} later on the serial script thread as code of {@code origin}'s script. */
    void deferRunnable(Runnable body, Object origin, ActorRuntime actor) {
        serial.makeReady(newCoroutine(body, actor, originOf(origin)));
    }

    /** Translates an error to place coordinates, blaming {@code fn}'s script when the stack cannot tell. */
    public ScriptFailure describe(Throwable error, Object fnOrScript) {
        LuaSourceContainer context = null;
        String hash = null;
        RunningScript owner = scriptOf(fnOrScript);
        if (owner != null) {
            context = owner.shownAs;
            hash = owner.compiled.hash();
        } else if (fnOrScript instanceof LuaSourceContainer s) {
            context = s;
            hash = ScriptCompiler.hash(s.getSource());
        }
        return ScriptFailure.of(error, directory, context, hash);
    }

    /** Reports an uncaught script error to the output and the statistics. */
    public void reportFailure(Throwable error, Object fnOrScript) {
        reportFailure(error, fnOrScript, "");
    }

    /** Like {@link #reportFailure(Throwable, Object)}, with what the engine did about it after the message. */
    void reportFailure(Throwable error, Object fnOrScript, String consequence) {
        if (isStop(error) || isStopped()) {
            return;
        }
        ScriptFailure f = describe(error, fnOrScript);
        stats.error(f.location(), f.message());
        output(new ScriptFailure(f.script(), f.line(), f.message() + consequence, f.stack(), f.errorType()).toOutput());
    }

    public boolean inParallel() {
        Coroutine co = Coroutine.current();
        return co != null && co.inParallel();
    }

    public double clockSeconds() {
        return clock.nanos() / 1e9;
    }

    public boolean isStopped() {
        return lifecycle.isStopped();
    }

    // ---- inside the engine -------------------------------------------------------------------

    EventPublisher events() {
        return events;
    }

    WorkerPool pool() {
        return pool;
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
        return co != null ? co.actor : null;
    }

    /**
     * The script instance a function's code belongs to (the clone, for a job script's clone), found
     * through the closure's owner; a script instance is its own origin.
     */
    Object originOf(Object fnOrScript) {
        RunningScript owner = scriptOf(fnOrScript);
        if (owner != null) {
            return owner.instance;
        }
        return fnOrScript instanceof LuaSourceContainer ? fnOrScript : null;
    }

    /** The actor whose VM a function's script runs in, or null for the main VM. */
    private ActorRuntime actorOf(Object fn) {
        RunningScript owner = scriptOf(fn);
        return owner == null ? null : owner.vm.actor();
    }

    /** The running script whose code a function is, through the owners of nested closures; null for anything else. */
    private static RunningScript scriptOf(Object fn) {
        Object o = fn;
        while (o instanceof Closure<?> c) {
            o = c.getOwner();
        }
        return o instanceof ScriptBase sb ? sb.self() : null;
    }

    /** True once the script a function belongs to was destroyed or disabled. */
    boolean functionStopped(Object fn) {
        return scriptStopped(originOf(fn));
    }

    /** A serial coroutine that runs {@code body} as code of {@code fn}'s script, in its actor's VM. */
    Coroutine handlerCoroutine(Object fn, Runnable body) {
        return newCoroutine(body, actorOf(fn), originOf(fn));
    }

    /** True once a script was destroyed or disabled: its functions no longer run. */
    private static boolean scriptStopped(Object script) {
        if (script instanceof Instance i && i.isDestroyed()) {
            return true;
        }
        return script instanceof Script s && s.isDisabled();
    }

    /** A serial coroutine running {@code body} as code of {@code origin}, registered so that stopping its script stops it. */
    Coroutine newCoroutine(Runnable body, ActorRuntime actor, Object origin) {
        Coroutine co = Coroutine.serial(this, body, actor, origin);
        register(co);
        return co;
    }

    /** An actor task's coroutine, registered like a serial one so that stopping its script stops it too. */
    Coroutine newActorTask(Runnable body, ActorRuntime actor, Object origin, SpanKind kind) {
        Coroutine co = Coroutine.actorTask(this, body, actor, originOf(origin), kind);
        register(co);
        return co;
    }

    private void register(Coroutine co) {
        if (co.origin != null) {
            coroutinesByScript.computeIfAbsent(co.origin, k -> ConcurrentHashMap.newKeySet()).add(co);
        }
    }

    void coroutineFinished(Coroutine co) {
        if (co.origin != null) {
            Set<Coroutine> live = coroutinesByScript.get(co.origin);
            if (live != null) {
                live.remove(co);
            }
        }
    }

    /** Destroy() or Disabled = true: every coroutine of the scripts in this subtree stops at its next wait or interrupt check. */
    void stopScriptsIn(Instance root) {
        List<Instance> all = new ArrayList<>();
        all.add(root);
        all.addAll(root.GetDescendants());
        for (Instance i : all) {
            if (i instanceof LuaSourceContainer) {
                Set<Coroutine> live = coroutinesByScript.remove(i);
                if (live != null) {
                    live.forEach(Coroutine::cancel);
                }
                if (i instanceof Script s) {
                    started.remove(s);
                }
            }
        }
    }

    /** True while the run has not started {@code script} (or has forgotten it: destroyed, disabled). */
    boolean notStarted(Script script) {
        return !started.contains(script);
    }

    /** Starts {@code script} on the serial thread unless something else has claimed it meanwhile. */
    void startLater(Script script) {
        serial.makeReady(Coroutine.serial(this, () -> {
            if (claimScript(script)) {
                runClaimedScriptNow(script, script, null);
            }
        }, null, null));
    }

    void start() {
        events.start();
        lifecycle.started();
        place.addTreeListener(new ScriptStarter(this, RUNNABLE_SERVICES));
        pool.start();
        heartbeat.start();
        serial.makeReady(Coroutine.serial(this, this::startInitialScripts, null, null));
    }

    /** Compiles every script that starts with the run first, so compile errors come before any output. */
    private void startInitialScripts() {
        try {
            compileAndStartInitialScripts();
        } finally {
            lifecycle.compiledAll();
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
            Coroutine co = scriptCoroutine(s, s, null);
            if (co != null) {
                ready.add(co);
            }
        }
        ready.forEach(serial::makeReady);
    }

    /** A coroutine that runs {@code script}'s top level, or null (and a reported error) if it does not compile. */
    private Coroutine scriptCoroutine(Script script, LuaSourceContainer shownAs, ScriptEnding ending) {
        ActorRuntime actor = script.GetActor() == null ? null : actor(script.GetActor());
        ScriptVm vm = actor == null ? mainVm : actor.vm();
        RunningScript running;
        try {
            running = load(script, shownAs, vm);
        } catch (ScriptCompileException e) {
            reportCompileErrors(e);
            if (ending != null) {
                ending.ended(e);
            }
            return null;
        }
        stats.scriptStarted();
        int scriptId = scriptIds.incrementAndGet();
        String shownName = shownAs.GetFullName();
        return newCoroutine(() -> {
            events.publish(new RunEvent.ScriptStarted(clock.nanos(), scriptId, shownName,
                    actor == null ? 0 : actor.id()));
            Throwable failure = null;
            boolean stopped = false;
            try {
                ScriptBase body = running.instantiate();
                body.run();
            } catch (Throwable t) {
                if (isStop(t)) {
                    stopped = true;
                    throw asStop(t);
                }
                failure = t;
            } finally {
                if (!stopped) {
                    scriptEnded(scriptId, shownName, shownAs, failure);
                }
                boolean handled = ending != null && ending.ended(failure);
                if (failure != null && !handled) {
                    reportFailure(failure, shownAs);
                }
            }
        }, actor, script);
    }

    /** The end of a script's top-level code, as an event; a script that Stop, Destroy or Disabled ended reports none. */
    private void scriptEnded(int scriptId, String shownName, LuaSourceContainer shownAs, Throwable failure) {
        if (failure == null) {
            events.publish(new RunEvent.ScriptEnded(clock.nanos(), scriptId, shownName));
            return;
        }
        ScriptFailure f = describe(failure, shownAs);
        events.publish(new RunEvent.ScriptErrored(clock.nanos(), scriptId, shownName, f.script(), f.line(),
                f.message()));
    }

    private Coroutine functionCoroutine(Object fn, Object[] args, ActorRuntime actor) {
        return newCoroutine(() -> callHandler(fn, args), actor, originOf(fn));
    }

    Coroutine newFunctionCoroutine(Object fn, Object[] args) {
        if (!(fn instanceof Closure<?>)) {
            throw new ScriptError("attempt to call a " + LuauValues.typeof(fn) + " value");
        }
        ActorRuntime actor = actorOf(fn);
        return functionCoroutine(fn, args, actor != null ? actor : currentActor());
    }

    /** Runs {@code action} after {@code seconds}; see {@link RunTimers#schedule}. */
    Runnable scheduleTimer(Coroutine owner, double seconds, Runnable action) {
        return timers.schedule(owner, seconds, action);
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
            // a sandbox refusal is not a mistake in the syntax: it reads as the sentence alone
            String text = SandboxRefusal.isRefusal(p.message()) ? p.message()
                    : "syntax error at column " + p.column() + ": " + p.message();
            output(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR, text, p.script(), p.line(), 1,
                    List.of()));
        }
    }

    // ---- run state -----------------------------------------------------------------------------

    RunState state() {
        return lifecycle.state();
    }

    private void checkIdle() {
        lifecycle.checkIdle();
    }

    /** Waits until the scripts that start with the run have compiled (the first compile warms Groovy up). */
    boolean awaitCompiled(long timeoutMillis) throws InterruptedException {
        return lifecycle.awaitCompiled(timeoutMillis);
    }

    boolean awaitQuiescent(long timeoutMillis) throws InterruptedException {
        return lifecycle.awaitQuiescent(timeoutMillis);
    }

    /** Ends every thread of the run; returns false if some script thread would not stop in time. */
    boolean stop(long millis) throws InterruptedException {
        if (!lifecycle.beginStop()) {
            return true;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        timers.shutdown();
        heartbeat.shutdown();
        pool.stop();
        boolean serialDone = serial.stop(millis);
        boolean workersDone = pool.awaitTermination(Math.max(1, deadline - System.nanoTime()));
        if (!(serialDone && workersDone)) {
            events.publish(new RunEvent.Output(clock.nanos(), OutputMessage.of(OutputLevel.WARN,
                    "some script threads did not stop within " + millis + " ms and were abandoned", null, 0)));
        }
        metaClassChanges.undo();
        stats.finish(clock.nanos());
        lifecycle.stopped();
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

    void afterEventsSoFar(Runnable action) {
        events.afterPublished(action);
    }

    boolean eventsWaiting() {
        return events.waiting();
    }

    List<OutputMessage> outputHistory() {
        return events.history();
    }
}
