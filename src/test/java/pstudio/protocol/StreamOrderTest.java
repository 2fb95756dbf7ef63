package pstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputDelivery;
import pstudio.engine.RunState;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.place.PlaceTemplates;

/**
 * The stream's ordering guarantee, as a client reads it: a dispatch's batches, its progress and
 * its actors' assignments never come before the dispatch itself. Many tiny dispatches make a sample often land between a
 * dispatch's start and the delivery of its DispatchStarted.
 */
class StreamOrderTest {
    private static final int DISPATCHES = 400;

    @Test
    void noBatchProgressOrAssignmentComesBeforeItsDispatchStarted() throws Exception {
        String master = """
                def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
                def scheduler = Parallelizer.CreateJobScheduler(script.Job, 4, script)
                for (round in 1..%d) {
                    scheduler.DispatchAsync('Tiny', 8, 1, { results -> }).Wait()
                }
                print('done')
                """.formatted(DISPATCHES);
        String job = """
                def Actor = script.GetActor()
                if (!Actor) return
                def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
                Parallelizer.CreateThread(Actor, 'Tiny') { id, inst -> id }
                """;
        List<EngineMessage> stream = serve(new ClientCommand.StartRun(PlaceTemplates.guideLayout(master, job), 4,
                OutputDelivery.EVERY_MESSAGE, false));

        Set<Long> started = new HashSet<>();
        long threadsStarted = 0;
        Set<Long> sampled = new HashSet<>();
        List<String> early = new ArrayList<>();
        for (EngineMessage message : stream) {
            if (message instanceof EngineMessage.Lifecycle l && l.event() instanceof ParallelizerEvent.DispatchStarted s) {
                started.add(s.dispatchId());
                threadsStarted += s.threadCount();
            } else if (message instanceof EngineMessage.Telemetry t) {
                // the heatmap takes an actor's counters at DispatchStarted as the dispatch's zero
                long assigned = t.snapshot().actors().stream().mapToLong(TelemetrySnapshot.ActorSample::threadsAssigned)
                        .sum();
                if (assigned > threadsStarted) {
                    early.add((assigned - threadsStarted) + " threads assigned to actors");
                }
                for (WorkSpan span : t.spans()) {
                    if (span.kind() == SpanKind.BATCH) {
                        sampled.add(span.dispatchId());
                        if (!started.contains(span.dispatchId())) {
                            early.add("a batch of dispatch " + span.dispatchId());
                        }
                    }
                }
                for (TelemetrySnapshot.LibrarySample sample : t.snapshot().library()) {
                    if (sample instanceof DispatchProgress p && p.done() + p.failed() > 0
                            && !started.contains(p.dispatchId())) {
                        early.add("progress of dispatch " + p.dispatchId());
                    }
                }
            }
        }
        assertEquals(DISPATCHES, started.size());
        assertTrue(sampled.size() > DISPATCHES / 2, "most dispatches' batches were sampled: " + sampled.size());
        assertEquals(0, early.size(), "came before their DispatchStarted: " + early.stream()
                .collect(Collectors.groupingBy(e -> e.replaceAll("[0-9]+", "N"), Collectors.counting())));
    }

    /** Runs {@code start} in an engine server on this JVM until it is quiescent, and returns what the client read. */
    private static List<EngineMessage> serve(ClientCommand.StartRun start) throws Exception {
        Pipe toEngine = Pipe.open();
        Pipe toClient = Pipe.open();
        DataOutputStream commands = new DataOutputStream(Channels.newOutputStream(toEngine.sink()));
        EngineServer server = new EngineServer(new DataInputStream(Channels.newInputStream(toEngine.source())),
                Channels.newOutputStream(toClient.sink()),
                new PrintStream(PrintStream.nullOutputStream()), false);
        Thread engine = new Thread(server::serve, "test-engine");
        engine.setDaemon(true);
        engine.start();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(toClient.source())));
        FrameCodec codec = new FrameCodec();
        ProtocolVersion.writeGreeting(commands, ProtocolVersion.CURRENT);
        ProtocolVersion.readGreeting(in, "the engine");
        List<EngineMessage> stream = new ArrayList<>();
        EngineMessage ready = codec.readEngineMessage(in);
        assertTrue(ready instanceof EngineMessage.Ready, String.valueOf(ready));
        codec.write(commands, start);
        while (true) {
            EngineMessage message = codec.readEngineMessage(in);
            stream.add(message);
            if (message instanceof EngineMessage.StateChanged s && s.state() == RunState.QUIESCENT) {
                break;
            }
        }
        codec.write(commands, new ClientCommand.Stop());
        drain(in, codec);
        engine.join(10_000);
        return stream;
    }

    private static void drain(DataInputStream in, FrameCodec codec) {
        try {
            while (!(codec.readEngineMessage(in) instanceof EngineMessage.Ended)) {
                // the run's last frames: read so the engine is not blocked writing them
            }
        } catch (IOException e) {
            // the engine closed the stream
        }
    }
}
