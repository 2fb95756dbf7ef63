package pstudio.parallelizer;

import groovy.lang.Closure;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import pstudio.engine.ActorRuntime;
import pstudio.engine.ActorState;
import pstudio.engine.ActorTelemetry;
import pstudio.engine.DispatchStatus;
import pstudio.engine.LuauCall;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunContext;
import pstudio.engine.RunTelemetry;
import pstudio.engine.ScriptFailure;
import pstudio.engine.SharedTable;
import pstudio.engine.SpanKind;

/**
 * One DispatchAsync: ids 1..threadCount cut into consecutive batches, batch b going to actor
 * b mod n. Each actor gets one task that runs its batches in order, so a million batches cost a
 * few hundred queued tasks, not a million. Results land in an array indexed by id; the callback
 * runs once, on the serial thread, when the last actor's share is done.
 *
 * <p>Its stages: waiting for the job's clones to bind the thread, running, callback pending,
 * calling back, then Finished, Failed or Cancelled. {@code Wait} returns at one of those three:
 * after the callback has run, once the dispatch failed, or once it was cancelled. A cancel before
 * the callback has started wins, even when every result exists: the callback is then never called.
 */
final class Dispatch {
    /** Ids run between updates of the progress counters, so a snapshot sees a long batch move without a cost per id. */
    private static final int PROGRESS_STEP = 1024;

    private enum Stage { WAITING_FOR_THREADS, RUNNING, CALLBACK_PENDING, CALLING, FINISHED, FAILED, CANCELLED }

    private final long id;
    private final RunContext run;
    private final RunTelemetry telemetry;
    private final DispatchReport report;
    private final JobScheduler scheduler;
    private final String threadName;
    private final int threadCount;
    private final int batchSize;
    private final Object callback;
    private final SharedTable inst;
    private final RunContext.Location calledFrom;
    private final long againOf;
    private final Object[] results;
    private final AtomicLong idsDone = new AtomicLong();
    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.WAITING_FOR_THREADS);
    private final CompletableFuture<DispatchStatus> done = new CompletableFuture<>();
    private final DispatchHandle handle = new DispatchHandle(this);
    private final AtomicInteger sharesLeft = new AtomicInteger();
    private final AtomicInteger sharesStarted = new AtomicInteger();
    private final AtomicInteger sharesCompleted = new AtomicInteger();
    private final AtomicInteger failedThreads = new AtomicInteger();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile List<ActorRuntime> actors = List.of();
    private volatile List<LuauCall.ThreadFunction> threads = List.of();
    private volatile List<Closure<?>> functions = List.of();
    private final AtomicInteger sharesFailed = new AtomicInteger();
    private volatile int shareCount;
    private volatile CrashChainGuard guard;
    private volatile boolean failed;
    private volatile boolean halted;
    private volatile boolean sharesDone;
    private volatile String failure;
    private long startNanos;

    Dispatch(long id, RunContext run, DispatchReport report, JobScheduler scheduler, String threadName,
             int threadCount, int batchSize, Object callback, SharedTable inst, RunContext.Location calledFrom,
             long againOf) {
        this.id = id;
        this.run = run;
        this.telemetry = run.telemetry();
        this.calledFrom = calledFrom;
        this.againOf = againOf;
        this.report = report;
        this.scheduler = scheduler;
        this.threadName = threadName;
        this.threadCount = threadCount;
        this.batchSize = batchSize;
        this.callback = callback;
        this.inst = inst;
        this.results = new Object[threadCount];
    }

    DispatchHandle handle() {
        return handle;
    }

    long id() {
        return id;
    }

    JobScheduler scheduler() {
        return scheduler;
    }

    Object callback() {
        return callback;
    }

    SharedTable instruction() {
        return inst;
    }

    String threadName() {
        return threadName;
    }

    /** Pending work from now until the last share ends, so the run is not quiescent while it waits for clones. */
    void hold() {
        startNanos = System.nanoTime();
        run.beginWork();
    }

    /** Starts running on the actors that bound the thread (in scheduler order) with their functions. */
    void start(List<ActorRuntime> bound, List<Closure<?>> fns) {
        if (!stage.compareAndSet(Stage.WAITING_FOR_THREADS, Stage.RUNNING)) {
            sharesEnded();
            return;
        }
        this.actors = List.copyOf(bound);
        this.functions = List.copyOf(fns);
        this.threads = fns.stream().map(LuauCall::threadFunction).toList();
        int batches = (int) ((threadCount + (long) batchSize - 1) / batchSize);
        int shares = Math.min(batches, bound.size());
        shareCount = shares;
        this.guard = new CrashChainGuard(Math.min(CrashChainGuard.CHAIN_LENGTH, Math.max(1, shares)), shares);
        run.publish(new ParallelizerEvent.DispatchStarted(run.clock().nanos(), id, scheduler.id(), threadName,
                threadCount, batchSize, bound.size(), calledFrom.script(), calledFrom.line(), againOf));
        if (shares == 0) {
            sharesEnded();
            return;
        }
        sharesLeft.set(shares);
        for (int k = 0; k < shares; k++) {
            int share = k;
            assign(bound.get(k).telemetry(), share, shares, batches);
            bound.get(k).post(() -> runShare(share, batches), fns.get(k));
        }
    }

    /** Counts share {@code share}'s batches (share, share + n, ...) and their threads as assigned to its actor. */
    private void assign(ActorTelemetry actor, int share, int shares, int batches) {
        long mine = (batches - share + (long) shares - 1) / shares;
        long threads = mine * batchSize;
        if ((batches - 1) % shares == share) {
            threads -= (long) batches * batchSize - threadCount; // the last batch may be shorter
        }
        actor.assigned(mine, threads);
    }

    /** The dispatch could not start (no clone bound the thread): it fails with {@code message}, reported by the caller. */
    void failBeforeStart(String message) {
        failure = message;
        failed = true;
        if (stage.compareAndSet(Stage.WAITING_FOR_THREADS, Stage.FAILED)) {
            done.complete(DispatchStatus.FAILED);
        }
        sharesEnded();
    }

    /** Actor {@code share} runs batches share, share + n, share + 2n, ... in order. */
    private void runShare(int share, int batches) {
        ActorRuntime actor = actors.get(share);
        LuauCall.ThreadFunction fn = threads.get(share);
        BatchEnd end = BatchEnd.HALTED;
        actor.telemetry().busy();
        try {
            if (halted) {
                return;
            }
            sharesStarted.incrementAndGet();
            if (actor.actor().isDestroyed()) {
                end = BatchEnd.FAILED;
                failed = true;
                run.output(OutputMessage.of(OutputLevel.ERROR, "dispatch '" + threadName + "': "
                        + actor.actor().getName() + " was destroyed before its ids ran", null, 0));
                return;
            }
            end = BatchEnd.COMPLETE;
            for (int b = share; b < batches && end == BatchEnd.COMPLETE; b += actors.size()) {
                int first = b * batchSize + 1;
                int last = (int) Math.min(threadCount, (long) first + batchSize - 1);
                end = halted ? BatchEnd.HALTED : runBatch(actor, fn, share, first, last);
            }
        } finally {
            if (end == BatchEnd.COMPLETE) {
                sharesCompleted.incrementAndGet();
            } else if (end == BatchEnd.FAILED) {
                sharesFailed.incrementAndGet();
            }
            actor.telemetry().rest(end == BatchEnd.COMPLETE ? ActorState.DONE
                    : end == BatchEnd.FAILED ? ActorState.FAILED : ActorState.CANCELLED);
            if (sharesLeft.decrementAndGet() == 0) {
                sharesEnded();
            }
        }
    }

    /** How a batch ended: every id ran, a thread failed, or the dispatch was aborted between ids. */
    private enum BatchEnd { COMPLETE, FAILED, HALTED }

    private BatchEnd runBatch(ActorRuntime actor, LuauCall.ThreadFunction fn, int share, int first, int last) {
        ActorTelemetry counters = actor.telemetry();
        long begin = System.nanoTime();
        telemetry.batchStarted(actor, id, first, last, begin);
        int unreported = 0;
        BatchEnd end = BatchEnd.COMPLETE;
        Object[] out = results;
        SharedTable instruction = inst;
        for (int threadId = first; threadId <= last; threadId++) {
            if (halted) {
                end = BatchEnd.HALTED;
                break;
            }
            try {
                out[threadId - 1] = fn.call(threadId, instruction);
                if (++unreported == PROGRESS_STEP) {
                    progress(counters, unreported);
                    unreported = 0;
                }
            } catch (Throwable failure) {
                if (run.isStopped() || RunContext.isStop(failure)) {
                    throw RunContext.asStop(failure);
                }
                threadFailed(actor, share, threadId, failure);
                end = BatchEnd.FAILED;
                break;
            } finally {
                // a thread that called task.synchronize() ends in the serial phase; the next id runs in parallel again
                run.resumeParallel();
            }
        }
        long finish = System.nanoTime();
        boolean failedHere = end == BatchEnd.FAILED;
        progress(counters, unreported);
        counters.batchDone(finish - begin, failedHere);
        report.batchRan(actor);
        telemetry.recordSpan(actor, id, first, last, begin, finish, failedHere, SpanKind.BATCH);
        return end;
    }

    private void progress(ActorTelemetry counters, int threads) {
        idsDone.addAndGet(threads);
        counters.threadsDone(threads);
    }

    private void threadFailed(ActorRuntime actor, int share, int threadId, Throwable error) {
        failed = true;
        failedThreads.incrementAndGet();
        ScriptFailure f = run.describe(error, functions.get(share));
        String actorName = actor.actor().getName();
        run.publish(new ParallelizerEvent.ThreadFailed(run.clock().nanos(), id, actor.id(), actorName, threadId,
                f.script(), f.line(), f.errorType(), f.message()));
        run.statistics().error(f.location(), f.message() + " (thread " + threadId + ", " + actorName + ")");
        CrashChainGuard.Verdict verdict = guard.record(f, actorName, actor.id(), threadId);
        if (verdict == CrashChainGuard.Verdict.FIRST_OF_ITS_KIND) {
            run.output(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR,
                    f.message() + " (thread " + threadId + ", " + actorName + ")", f.script(), f.line(), 1,
                    f.stack().size() > 1 ? f.stack().stream().map(s -> "at " + s).toList() : List.of()));
        } else if (verdict == CrashChainGuard.Verdict.CHAIN_TRIPPED) {
            halted = true;
        }
    }

    /** Cancel() or the scheduler's Destroy(): the status reads Cancelled as soon as this returns. */
    void cancel() {
        while (true) {
            Stage s = stage.get();
            if (s == Stage.CALLING || s == Stage.FINISHED || s == Stage.FAILED || s == Stage.CANCELLED) {
                return;
            }
            if (stage.compareAndSet(s, Stage.CANCELLED)) {
                halted = true;
                done.complete(DispatchStatus.CANCELLED);
                if (s == Stage.WAITING_FOR_THREADS || s == Stage.CALLBACK_PENDING) {
                    maybeReport();
                }
                return;
            }
        }
    }

    /** Every share has ended (or none could start): fail, cancel or call back, and report. */
    private void sharesEnded() {
        if (sharesDone) {
            return;
        }
        sharesDone = true;
        CrashChainGuard g = guard;
        CrashChainGuard.Chain chain = g == null ? null : g.chain();
        if (chain != null) {
            String summary = chain.summary() + abortedText();
            ScriptFailure first = chain.first();
            run.output(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR, summary,
                    first.script(), first.line(), 1, chain.failures()));
            run.publish(new ParallelizerEvent.CrashChain(run.clock().nanos(), id, scheduler.id(), first.script(),
                    first.line(), first.errorType(), first.message(), shareCount, chain.links(), summary));
        }
        if (failed && stage.compareAndSet(Stage.RUNNING, Stage.FAILED)) {
            done.complete(DispatchStatus.FAILED);
            if (chain == null && failure == null) {
                run.output(OutputMessage.of(OutputLevel.WARN, "dispatch '" + threadName + "' failed ("
                        + failedThreads.get() + " failed thread" + (failedThreads.get() == 1 ? "" : "s")
                        + "): its callback was not called", null, 0));
            }
        } else if (stage.compareAndSet(Stage.RUNNING, Stage.CALLBACK_PENDING)) {
            run.deferTask(this::callBack, callback);
        }
        maybeReport();
        scheduler.finished(this);
        run.endWork();
    }

    /** How many of the actors with work never ran, or stopped early, because the dispatch was aborted. */
    private String abortedText() {
        int neverRan = shareCount - sharesStarted.get();
        int stoppedEarly = sharesStarted.get() - sharesCompleted.get() - sharesFailed.get();
        StringBuilder text = new StringBuilder("; the dispatch was aborted");
        if (neverRan > 0) {
            text.append(": ").append(neverRan).append(neverRan == 1 ? " actor" : " actors").append(" never ran");
        }
        if (stoppedEarly > 0) {
            text.append(neverRan > 0 ? ", " : ": ").append(stoppedEarly).append(" stopped early");
        }
        return text.toString();
    }

    /** The callback's turn on the serial thread, unless a cancel came first. */
    private void callBack() {
        if (!stage.compareAndSet(Stage.CALLBACK_PENDING, Stage.CALLING)) {
            return;
        }
        try {
            run.callHandler(callback, new DispatchResult(results));
        } finally {
            stage.set(Stage.FINISHED);
            done.complete(DispatchStatus.FINISHED);
            maybeReport();
        }
    }

    /** One line of the run report, once the status is final and the shares are over. */
    private void maybeReport() {
        Stage s = stage.get();
        boolean terminal = s == Stage.FINISHED || s == Stage.FAILED || s == Stage.CANCELLED;
        if (!terminal || !sharesDone || !reported.compareAndSet(false, true)) {
            return;
        }
        long wall = System.nanoTime() - startNanos;
        DispatchStatus status = status();
        CrashChainGuard g = guard;
        CrashChainGuard.Chain chain = g == null ? null : g.chain();
        long done = idsDone.get();
        long failedIds = failedThreads.get();
        run.publish(new ParallelizerEvent.DispatchEnded(run.clock().nanos(), id, scheduler.id(), threadName, status,
                wall, done, failedIds, threadCount - done - failedIds));
        scheduler.library().dispatchEnded(this);
        report.dispatchEnded(threadName, threadCount, batchSize, scheduler.actorCount(), wall, status,
                chain == null ? null : chain.summary() + abortedText());
    }

    CompletableFuture<DispatchStatus> completion() {
        return done;
    }

    DispatchStatus status() {
        return done.isDone() ? done.join() : DispatchStatus.RUNNING;
    }

    /** This dispatch's progress as snapshots show it; ids not done or failed count as cancelled once it has ended. */
    DispatchProgress progress() {
        DispatchStatus status = reported.get() ? status() : DispatchStatus.RUNNING;
        long doneNow = idsDone.get();
        long failedNow = failedThreads.get();
        long cancelled = status == DispatchStatus.RUNNING ? 0 : threadCount - doneNow - failedNow;
        return new DispatchProgress(id, scheduler.id(), threadName, status, threadCount, doneNow, failedNow,
                cancelled);
    }
}
