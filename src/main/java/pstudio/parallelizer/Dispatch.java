package pstudio.parallelizer;

import groovy.lang.Closure;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import pstudio.engine.ActorRuntime;
import pstudio.engine.DispatchStatus;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunContext;
import pstudio.engine.RunEvent;
import pstudio.engine.ScriptFailure;
import pstudio.engine.SharedTable;
import pstudio.place.Script;

/**
 * One DispatchAsync: ids 1..threadCount cut into consecutive batches, batch b going to actor
 * b mod n. Each actor gets one task that runs its batches in order, so a million batches cost a
 * few hundred queued tasks, not a million. Results land in an array indexed by id; the callback
 * runs once, on the serial thread, when the last actor's share is done.
 */
final class Dispatch {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final RunContext run;
    private final DispatchReport report;
    private final JobScheduler scheduler;
    private final String threadName;
    private final int threadCount;
    private final int batchSize;
    private final Object callback;
    private final SharedTable inst;
    private final List<ActorRuntime> actors;
    private final List<Closure<?>> threads;
    private final int schedulerActorCount;
    private final Object[] results;
    private final CrashChainGuard guard;
    private final AtomicInteger sharesLeft = new AtomicInteger();
    private final AtomicInteger failedThreads = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CompletableFuture<DispatchStatus> done = new CompletableFuture<>();
    private final DispatchHandle handle = new DispatchHandle(this);
    private volatile boolean cancelled;
    private volatile boolean failed;
    private volatile boolean halted;
    private long startNanos;

    Dispatch(RunContext run, DispatchReport report, JobScheduler scheduler, Script jobScript, String threadName,
             int threadCount, int batchSize, Object callback, SharedTable inst, List<ActorRuntime> actors,
             List<Closure<?>> threads, int schedulerActorCount) {
        this.run = run;
        this.report = report;
        this.scheduler = scheduler;
        this.threadName = threadName;
        this.threadCount = threadCount;
        this.batchSize = batchSize;
        this.callback = callback;
        this.inst = inst;
        this.actors = actors;
        this.threads = threads;
        this.schedulerActorCount = schedulerActorCount;
        this.results = new Object[threadCount];
        this.guard = new CrashChainGuard(Math.min(CrashChainGuard.CHAIN_LENGTH, schedulerActorCount),
                schedulerActorCount);
    }

    DispatchHandle handle() {
        return handle;
    }

    void start() {
        startNanos = System.nanoTime();
        run.beginWork();
        run.publish(new RunEvent.DispatchStarted(id, threadName, threadCount, batchSize, actors.size()));
        int batches = (int) ((threadCount + (long) batchSize - 1) / batchSize);
        int shares = Math.min(batches, actors.size());
        if (shares == 0) {
            end();
            return;
        }
        sharesLeft.set(shares);
        for (int k = 0; k < shares; k++) {
            int share = k;
            actors.get(k).post(() -> runShare(share, batches));
        }
    }

    /** Actor {@code share} runs batches share, share + n, share + 2n, ... in order. */
    private void runShare(int share, int batches) {
        ActorRuntime actor = actors.get(share);
        Closure<?> fn = threads.get(share);
        try {
            for (int b = share; b < batches && !halted; b += actors.size()) {
                int first = b * batchSize + 1;
                int last = (int) Math.min(threadCount, (long) first + batchSize - 1);
                if (!runBatch(actor, fn, first, last)) {
                    break;
                }
            }
        } finally {
            if (sharesLeft.decrementAndGet() == 0) {
                end();
            }
        }
    }

    /** Runs one batch; false if a thread failed, which ends this actor's share. */
    private boolean runBatch(ActorRuntime actor, Closure<?> fn, int first, int last) {
        String worker = Thread.currentThread().getName();
        if (run.wantsOptionalEvents()) {
            run.publishOptional(new RunEvent.BatchStarted(actor.id(), id, first, last, worker));
        }
        long begin = System.nanoTime();
        int done = 0;
        boolean ok = true;
        Object[] out = results;
        SharedTable instruction = inst;
        for (int threadId = first; threadId <= last && !halted; threadId++) {
            try {
                out[threadId - 1] = fn.call(threadId, instruction);
                done++;
            } catch (Throwable failure) {
                if (run.isStopped()) {
                    return false;
                }
                threadFailed(actor, fn, threadId, failure);
                ok = false;
                break;
            }
        }
        long took = System.nanoTime() - begin;
        report.batchRan(actor, done, took, !ok);
        if (run.wantsOptionalEvents()) {
            run.publishOptional(new RunEvent.BatchFinished(actor.id(), id, first, last, took, worker, !ok));
        }
        return ok;
    }

    private void threadFailed(ActorRuntime actor, Closure<?> fn, int threadId, Throwable failure) {
        failed = true;
        failedThreads.incrementAndGet();
        ScriptFailure f = run.describe(failure, fn);
        String actorName = actor.actor().getName();
        run.statistics().error(f.location(), f.message() + " (thread " + threadId + ", " + actorName + ")");
        CrashChainGuard.Verdict verdict = guard.record(f, actorName, actor.id(), threadId);
        if (verdict == CrashChainGuard.Verdict.FIRST_OF_ITS_KIND) {
            run.outputAlways(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR,
                    f.message() + " (thread " + threadId + ", " + actorName + ")", f.script(), f.line(), 1,
                    f.stack().size() > 1 ? f.stack().stream().map(s -> "at " + s).toList() : List.of()));
        } else if (verdict == CrashChainGuard.Verdict.CHAIN_TRIPPED) {
            halted = true;
        }
    }

    void cancel() {
        cancelled = true;
        halted = true;
    }

    private void end() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        long wall = System.nanoTime() - startNanos;
        DispatchStatus status = cancelled ? DispatchStatus.CANCELLED
                : failed ? DispatchStatus.FAILED : DispatchStatus.FINISHED;
        CrashChainGuard.Chain chain = guard.chain();
        if (chain != null) {
            run.outputAlways(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR, chain.summary(),
                    chain.script(), chain.line(), 1, chain.failures()));
            run.publish(new RunEvent.CrashChain(id, chain.summary(), chain.failures()));
        } else if (status == DispatchStatus.FAILED) {
            run.output(OutputMessage.of(OutputLevel.WARN, "dispatch '" + threadName + "' failed ("
                    + failedThreads.get() + " failed thread" + (failedThreads.get() == 1 ? "" : "s")
                    + "): its callback was not called", null, 0));
        }
        if (status == DispatchStatus.FINISHED) {
            run.deferFunction(callback, new Object[] {new DispatchResult(results)}, null);
        }
        run.publish(new RunEvent.DispatchEnded(id, threadName, status, wall));
        report.dispatchEnded(threadName, threadCount, batchSize, schedulerActorCount, wall, status,
                chain == null ? null : chain.summary());
        scheduler.finished(this);
        done.complete(status);
        run.endWork();
    }

    CompletableFuture<DispatchStatus> completion() {
        return done;
    }

    DispatchStatus status() {
        return done.isDone() ? done.join() : DispatchStatus.RUNNING;
    }
}
