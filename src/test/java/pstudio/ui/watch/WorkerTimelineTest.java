package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunEvent;
import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;

/** The timeline's bars come from the run's spans: per worker, per dispatch, running ones growing. */
class WorkerTimelineTest {
    private static final List<RunTelemetry.Worker> WORKERS =
            List.of(new RunTelemetry.Worker(0, "pstudio-worker-1"), new RunTelemetry.Worker(1, "pstudio-worker-2"));

    private static EngineMessage started(long id, long at) {
        return new EngineMessage.Lifecycle(new ParallelizerEvent.DispatchStarted(at, id, 1, "Root", 64, 8, 4,
                "ServerScriptService.Master", 3, 0));
    }

    private static EngineMessage ended(long id, long at) {
        return new EngineMessage.Lifecycle(new ParallelizerEvent.DispatchEnded(at, id, 1, "Root",
                DispatchStatus.FINISHED, at, 64, 0, 0));
    }

    private static WorkSpan batch(int worker, int actor, long dispatch, int first, long start, long end, boolean failed) {
        return new WorkSpan(worker, actor, dispatch, first, first + 7, start, end, failed, SpanKind.BATCH);
    }

    private static EngineMessage sample(long at, List<WorkSpan> spans, List<WorkSpan> running) {
        TelemetrySnapshot s = new TelemetrySnapshot(at, List.of(), running.size(), 0, 0, 0, List.of(), running);
        return new EngineMessage.Telemetry(s, spans, 0, WORKERS, 0, 0);
    }

    private static WorkerTimeline timeline() {
        WorkerTimeline t = new WorkerTimeline();
        t.runStarted(RunCommands.NONE);
        for (int a = 1; a <= 4; a++) {
            t.onMessage(new EngineMessage.Lifecycle(new RunEvent.ActorCreated(0, 10 + a, 1, a,
                    "ServerScriptService.Storage.Actor" + a)));
        }
        return t;
    }

    @Test
    void batchesBecomeBarsInTheirWorkersLanesInStartOrder() {
        WorkerTimeline t = timeline();
        t.onMessage(started(1, 1_000));
        t.onMessage(sample(5_000, List.of(batch(1, 12, 1, 9, 2_000, 3_000, false),
                batch(0, 11, 1, 1, 1_500, 4_000, false), batch(1, 13, 1, 17, 3_100, 4_500, true)), List.of()));

        TimelineFrame f = t.frame(1);
        assertEquals(2, f.laneCount());
        List<List<TimelineFrame.Bar>> lanes = f.lanes();
        assertEquals(List.of(1), lanes.get(0).stream().map(TimelineFrame.Bar::firstId).toList());
        assertEquals(List.of(9, 17), lanes.get(1).stream().map(TimelineFrame.Bar::firstId).toList());
        TimelineFrame.Bar failed = lanes.get(1).get(1);
        assertTrue(failed.failed());
        assertEquals("ServerScriptService.Storage.Actor3", failed.actor());
        assertEquals(3, failed.actorIndex());
        assertEquals("ServerScriptService.Storage.Actor3\nids 17–24 · 1.40 µs, failed", TimelineLayout.describe(failed));
        assertEquals("pstudio-worker-2", f.workerName(1));
        assertTrue(f.running());
        assertEquals(5_000, f.endNanos(), "a running dispatch reaches to the latest sample");
    }

    @Test
    void aRunningBatchGrowsAndBecomesAnEndedBarOnceItsSpanArrives() {
        WorkerTimeline t = timeline();
        t.onMessage(started(1, 0));
        t.onMessage(sample(2_000, List.of(), List.of(batch(0, 11, 1, 1, 500, 2_000, false))));
        TimelineFrame.Bar growing = t.frame(1).bars().get(0);
        assertTrue(growing.running());
        assertEquals(1_500, growing.durationNanos());

        t.onMessage(sample(3_000, List.of(), List.of(batch(0, 11, 1, 1, 500, 3_000, false))));
        assertEquals(2_500, t.frame(1).bars().get(0).durationNanos(), "it grew with the next sample");

        t.onMessage(sample(4_000, List.of(batch(0, 11, 1, 1, 500, 3_500, false)), List.of()));
        t.onMessage(ended(1, 4_000));
        TimelineFrame f = t.frame(1);
        assertEquals(1, f.bars().size());
        assertFalse(f.bars().get(0).running());
        assertFalse(f.running());
        assertEquals(4_000, f.endNanos());
    }

    @Test
    void eachDispatchKeepsOnlyItsOwnBatchesAndTheNewestIsShownByDefault() {
        WorkerTimeline t = timeline();
        t.onMessage(started(1, 0));
        t.onMessage(started(2, 100));
        t.onMessage(sample(5_000, List.of(batch(0, 11, 1, 1, 10, 20, false), batch(1, 12, 2, 1, 110, 200, false),
                new WorkSpan(0, 11, -1, 0, 0, 300, 400, false, SpanKind.MESSAGE)), List.of()));
        assertEquals(2, t.newestDispatch());
        assertEquals(1, t.frame(1).bars().size());
        assertEquals(110, t.frame(2).bars().get(0).startNanos());
        assertNull(t.frame(3));
        long before = t.version();
        t.runStarted(RunCommands.NONE);
        assertTrue(t.version() > before);
        assertNull(t.frame(1), "a new run forgets the last one's dispatches");
        assertEquals(0, t.newestDispatch());
    }

    @Test
    void subPixelBarsThatTouchMergeAndBarsOffScreenAreLeftOut() {
        TimelineScale scale = new TimelineScale();
        scale.fit(0, 98_000); // with the 2% margin, about 1,000 ns a pixel over 100 px
        List<TimelineFrame.Bar> lane = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) { // 50 batches of 100 ns side by side: 5 px in all
            lane.add(new TimelineFrame.Bar(0, 1, 1, "a", i, i, i * 100L, i * 100L + 100, i == 7, false));
        }
        lane.add(new TimelineFrame.Bar(0, 1, 1, "a", 99, 99, 50_000, 60_000, false, false));
        lane.add(new TimelineFrame.Bar(0, 1, 1, "a", 100, 100, 200_000, 210_000, false, false));
        List<TimelineLayout.Rect> rects = TimelineLayout.layout(lane, scale, 100);
        assertEquals(2, rects.size(), rects.toString());
        assertEquals(50, rects.get(0).count());
        assertNull(rects.get(0).bar(), "merged: no one batch to name");
        assertTrue(rects.get(0).failed(), "a failed batch stays marked when merged");
        assertSame(lane.get(50), rects.get(1).bar());
        assertEquals(50.0, rects.get(1).x(), 0.1);
        assertEquals(10.0, rects.get(1).width(), 0.1);
    }

    @Test
    void zoomingKeepsTheTimeUnderThePointerAndStopsFollowing() {
        TimelineScale scale = new TimelineScale();
        scale.fit(0, 1_000_000);
        double at = scale.nanosAt(30, 200);
        scale.zoomAt(30, 200, 0.5);
        assertEquals(at, scale.nanosAt(30, 200), 1e-6);
        assertEquals(1_020_000 * 0.5, scale.to() - scale.from(), 1);
        assertFalse(scale.following());
        scale.fit(0, 5_000_000);
        assertEquals(1_020_000 * 0.5, scale.to() - scale.from(), 1, "a zoomed view does not follow the run");
        scale.panBy(100, 200);
        assertEquals(at - 255_000, scale.nanosAt(30, 200), 1);
        scale.follow();
        scale.fit(0, 5_000_000);
        assertEquals(0, scale.from());
        List<Double> ticks = scale.ticks(510, 100);
        assertEquals(List.of(0.0, 1e6, 2e6, 3e6, 4e6, 5e6), ticks);
    }

    @Test
    void theBarUnderThePointerIsFoundInALane() {
        List<TimelineFrame.Bar> lane = List.of(new TimelineFrame.Bar(0, 1, 1, "a", 1, 8, 0, 100, false, false),
                new TimelineFrame.Bar(0, 2, 2, "b", 9, 16, 150, 300, false, false));
        assertEquals(9, TimelineLayout.barAt(lane, 200, 0).firstId());
        assertEquals(1, TimelineLayout.barAt(lane, 100, 0).firstId());
        assertNull(TimelineLayout.barAt(lane, 125, 10));
        assertEquals(9, TimelineLayout.barAt(lane, 145, 10).firstId());
        assertEquals("3.20 ms", TimelineLayout.duration(3_200_000));
    }

    @Test
    void aWideBarAfterMergedNarrowOnesShowsOnItsOwn() {
        TimelineScale scale = new TimelineScale();
        scale.fit(0, 98_000);
        List<TimelineFrame.Bar> lane = List.of(new TimelineFrame.Bar(0, 1, 1, "a", 1, 1, 0, 100, false, false),
                new TimelineFrame.Bar(0, 1, 1, "a", 2, 2, 100, 200, false, false),
                new TimelineFrame.Bar(0, 2, 2, "b", 3, 3, 200, 20_000, false, false));
        List<TimelineLayout.Rect> rects = TimelineLayout.layout(lane, scale, 100);
        assertEquals(2, rects.size(), rects.toString());
        assertSame(lane.get(2), rects.get(1).bar());
    }
}
