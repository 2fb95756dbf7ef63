package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pstudio.engine.ActorState;
import pstudio.engine.DispatchStatus;
import pstudio.engine.OutputDelivery;
import pstudio.engine.Run;
import pstudio.engine.RunEvent;
import pstudio.engine.SpanBatch;
import pstudio.engine.SpanCursor;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;

/** Telemetry is exact however hard the run floods its output: counters and spans add up to every id. */
class TelemetryTest {
    private static final int IDS = 1_000_000;

    @Test
    void aMillionIdsThatAllPrintAddUpExactlyInSnapshotsAndSpans() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(16,
                "JobScheduler.DispatchAsync('Loud', " + IDS + ", 1000, { r -> print('all ' + r.size()) })\n"),
                JobPlace.job("Loud", "{ id, inst -> print('id ' + id); id }"));
        // the studio's delivery: prints may be dropped when behind, telemetry and lifecycle events never
        Run run = StudioRun.create(p.place, 2, OutputDelivery.DROP_PRINTS_WHEN_BEHIND);
        List<RunEvent> lifecycle = new ArrayList<>();
        AtomicLong outputEntries = new AtomicLong();
        run.addListener(batch -> {
            for (RunEvent e : batch) {
                if (e instanceof RunEvent.Output) {
                    outputEntries.incrementAndGet();
                } else {
                    synchronized (lifecycle) {
                        lifecycle.add(e);
                    }
                }
            }
        });
        run.start();
        // a consumer polling as the studio does: snapshots and the spans that are new each time
        List<WorkSpan> spans = new ArrayList<>();
        SpanCursor cursor = SpanCursor.START;
        long lost = 0;
        long lastDone = 0;
        int polls = 0;
        while (!run.awaitQuiescent(Duration.ofMillis(16))) {
            SpanBatch batch = run.telemetry().drainSpans(cursor);
            spans.addAll(batch.spans());
            lost += batch.lost();
            cursor = batch.next();
            long done = dispatchDone(run.telemetry().snapshot());
            assertTrue(done >= lastDone, "progress never goes back");
            lastDone = done;
            polls++;
        }
        SpanBatch rest = run.telemetry().drainSpans(cursor);
        spans.addAll(rest.spans());
        lost += rest.lost();
        TelemetrySnapshot end = run.telemetry().snapshot();
        run.stop();

        assertTrue(outputEntries.get() > 0 && polls > 0);
        assertEquals(IDS, end.actors().stream().mapToLong(TelemetrySnapshot.ActorSample::threadsDone).sum());
        assertEquals(IDS, end.actors().stream().mapToLong(TelemetrySnapshot.ActorSample::threadsAssigned).sum());
        assertEquals(IDS / 1000, end.actors().stream().mapToLong(TelemetrySnapshot.ActorSample::batchesDone).sum());
        assertTrue(end.actors().stream().allMatch(a -> a.state() == ActorState.DONE), end.actors().toString());
        DispatchProgress progress = (DispatchProgress) end.library().get(0);
        assertEquals(DispatchStatus.FINISHED, progress.status());
        assertEquals(List.of((long) IDS, (long) IDS, 0L, 0L),
                List.of(progress.total(), progress.done(), progress.failed(), progress.cancelled()));
        ParallelizerEvent.DispatchEnded ended = lifecycle.stream()
                .filter(e -> e instanceof ParallelizerEvent.DispatchEnded).map(e -> (ParallelizerEvent.DispatchEnded) e)
                .findFirst().orElseThrow();
        assertEquals(IDS, ended.done());

        // every batch exactly once across the incremental drains, none lost
        assertEquals(0, lost);
        List<WorkSpan> batches = spans.stream().filter(s -> s.kind() == SpanKind.BATCH).toList();
        Set<Integer> firsts = new HashSet<>();
        long ids = 0;
        for (WorkSpan s : batches) {
            assertTrue(firsts.add(s.firstId()), "a span came twice: " + s);
            ids += s.lastId() - s.firstId() + 1;
        }
        assertEquals(IDS / 1000, batches.size());
        assertEquals(IDS, ids);
    }

    private static long dispatchDone(TelemetrySnapshot s) {
        return s.library().stream().filter(l -> l instanceof DispatchProgress).mapToLong(l -> ((DispatchProgress) l).done())
                .sum();
    }

    @Test
    void aRingKeepsItsNewestSpansAndCountsWhatWasOverwritten() throws Exception {
        // one worker, one actor: 5,000 batches land in one ring of 4,096
        JobPlace p = new JobPlace(JobPlace.master(1,
                "JobScheduler.DispatchAsync('T', 5000, 1, { r -> print('done') })\n"),
                JobPlace.job("T", "{ id, inst -> id }"));
        p.start(1);
        p.run.awaitQuiescent(Duration.ofSeconds(30));
        SpanBatch batch = p.run.telemetry().drainSpans(SpanCursor.START);
        TelemetrySnapshot s = p.run.telemetry().snapshot();
        p.run.stop();
        List<WorkSpan> batches = batch.spans().stream().filter(w -> w.kind() == SpanKind.BATCH).toList();
        assertEquals(4096, batch.spans().size());
        assertEquals(5000 - 4096, batch.lost());
        assertEquals(5000, batches.get(batches.size() - 1).firstId(), "the newest are kept");
        assertEquals(5000 - 4096, s.spansOverwritten());
        assertTrue(p.run.telemetry().drainSpans(batch.next()).spans().isEmpty(), "a drain gives only what is new");
    }

    @Test
    void parallelMessageHandlersGetSpansOfTheirOwnKind() throws Exception {
        JobPlace p = new JobPlace(
                "def a = game.ServerScriptService.Box\n"
                + "task.wait(0.05)\n"
                + "3.times { a.SendMessage('Hi', it) }\n",
                JobPlace.job("T", "{ id, inst -> id }"));
        pstudio.place.Actor box = new pstudio.place.Actor();
        box.setName("Box");
        pstudio.place.Script listener = new pstudio.place.Script();
        listener.setName("Listener");
        listener.setSource("script.GetActor().BindToMessageParallel('Hi') { n -> print('got ' + n) }\n");
        listener.setParent(box);
        box.setParent(p.place.GetService("ServerScriptService"));
        p.runToEnd();
        assertEquals(3, p.prints().size(), p.output());
        List<WorkSpan> messages = p.run.telemetry().drainSpans(SpanCursor.START).spans().stream()
                .filter(w -> w.kind() == SpanKind.MESSAGE).toList();
        assertEquals(3, messages.size());
        assertTrue(messages.stream().allMatch(m -> m.dispatchId() == -1 && m.endNanos() >= m.startNanos()));
    }

    @Test
    void desynchronizedCodeGetsASpanInItsActor() throws Exception {
        JobPlace p = new JobPlace("print('master')\n", JobPlace.job("T", "{ id, inst -> id }"));
        pstudio.place.Actor box = new pstudio.place.Actor();
        box.setName("Box");
        pstudio.place.Script worker = new pstudio.place.Script();
        worker.setName("Worker");
        worker.setSource("task.desynchronize()\ndef s = 0\nfor (int i = 0; i < 1000; i++) { s += i }\n"
                + "task.synchronize()\nprint('sum ' + s)\n");
        worker.setParent(box);
        box.setParent(p.place.GetService("ServerScriptService"));
        p.runToEnd();
        assertTrue(p.prints().contains("sum 499500"), p.output());
        int boxId = p.events(RunEvent.ActorCreated.class).stream().filter(a -> a.actor().endsWith("Box"))
                .findFirst().orElseThrow().actorId();
        List<WorkSpan> stretches = p.run.telemetry().drainSpans(SpanCursor.START).spans().stream()
                .filter(w -> w.kind() == SpanKind.DESYNCHRONIZED).toList();
        assertEquals(1, stretches.size(), stretches.toString());
        assertEquals(boxId, stretches.get(0).actorId());
    }

    @Test
    void aRunningBatchIsInSnapshotsUntilItEnds() throws Exception {
        // 2 long batches on 2 workers: while they run, each shows as a running span that grows
        JobPlace p = new JobPlace(JobPlace.master(2,
                "JobScheduler.DispatchAsync('Slow', 2, 1, { r -> print('done') })\n"),
                JobPlace.job("Slow", "{ id, inst -> def t = os.clock(); while (os.clock() - t < 0.6) {}; id }"));
        p.start(2);
        List<WorkSpan> running = List.of();
        for (int i = 0; i < 200 && running.size() < 2; i++) {
            Thread.sleep(10);
            running = p.run.telemetry().snapshot().running();
        }
        assertEquals(2, running.size(), "both batches show while they run");
        Thread.sleep(50);
        TelemetrySnapshot later = p.run.telemetry().snapshot();
        assertTrue(later.running().stream().allMatch(r -> r.endNanos() <= later.atNanos()
                && r.endNanos() > r.startNanos()), later.running().toString());
        assertEquals(Set.of(1, 2), Set.of(running.get(0).firstId(), running.get(1).firstId()));
        p.run.awaitQuiescent(Duration.ofSeconds(30));
        TelemetrySnapshot end = p.run.telemetry().snapshot();
        p.run.stop();
        assertTrue(end.running().isEmpty(), "ended batches are spans, not running: " + end.running());
    }
}
