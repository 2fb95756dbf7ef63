package pstudio.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import pstudio.place.ModuleScript;
import pstudio.place.ScriptHost;

/**
 * A script VM: the main one, or one per actor. Each has its own module cache, so a module required
 * by 64 actors runs 64 times and shares no state between them, as in Roblox.
 */
final class ScriptVm {
    private static final ThreadLocal<Deque<ModuleScript>> LOADING = ThreadLocal.withInitial(ArrayDeque::new);

    private final RunContext run;
    private final ActorRuntime actor;
    private final Map<ModuleScript, CompletableFuture<Object>> modules = new IdentityHashMap<>();

    ScriptVm(RunContext run, ActorRuntime actor) {
        this.run = run;
        this.actor = actor;
    }

    ActorRuntime actor() {
        return actor;
    }

    /** Runs the module once in this VM and returns its value; later calls return the cached value. */
    Object require(Object target) {
        if (!(target instanceof ModuleScript module)) {
            throw ValueText.badArgument(1, "require", "ModuleScript", target);
        }
        if (run.inParallel()) {
            throw new ScriptError("require is not allowed in parallel: require modules at the top of the script, "
                    + "before task.desynchronize()");
        }
        Deque<ModuleScript> chain = LOADING.get();
        if (chain.contains(module)) {
            throw new ScriptError("require cycle: " + cycleText(chain, module));
        }
        CompletableFuture<Object> slot;
        boolean mine = false;
        synchronized (modules) {
            slot = modules.get(module);
            if (slot == null) {
                slot = new CompletableFuture<>();
                modules.put(module, slot);
                mine = true;
            }
        }
        if (!mine) {
            return awaitModule(module, slot);
        }
        chain.push(module);
        try {
            Object value = run.runModule(module, this);
            slot.complete(value);
            return value;
        } catch (RunStopped stopped) {
            slot.completeExceptionally(stopped);
            throw stopped;
        } catch (Throwable failure) {
            ScriptError error = loadError(module, failure);
            slot.completeExceptionally(error);
            throw error;
        } finally {
            chain.pop();
        }
    }

    private Object awaitModule(ModuleScript module, CompletableFuture<Object> slot) {
        if (!slot.isDone()) {
            ScriptHost.current().await(slot, -1);
        }
        if (slot.isCompletedExceptionally()) {
            try {
                slot.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof ScriptError se) {
                    throw new ScriptError(se.getMessage());
                }
                throw new ScriptError("Requested module " + module.GetFullName() + " failed to load");
            }
        }
        return slot.getNow(null);
    }

    private ScriptError loadError(ModuleScript module, Throwable failure) {
        if (failure instanceof ScriptError se && se.getMessage().startsWith("Requested module")) {
            return se;
        }
        String why;
        if (failure instanceof ScriptCompileException ce) {
            why = ce.problems().get(0).toString();
        } else {
            ScriptFailure f = run.describe(failure, module);
            why = (f.location() == null ? "" : f.location() + ": ") + f.message();
        }
        return new ScriptError("Requested module " + module.GetFullName() + " experienced an error while loading: "
                + why, failure);
    }

    private static String cycleText(Deque<ModuleScript> chain, ModuleScript again) {
        Deque<ModuleScript> ordered = new ArrayDeque<>();
        chain.forEach(ordered::addFirst);
        String path = ordered.stream().map(ModuleScript::GetFullName).collect(Collectors.joining(" -> "));
        return path + " -> " + again.GetFullName();
    }
}
