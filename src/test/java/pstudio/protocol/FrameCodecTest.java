package pstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputDelivery;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunState;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceTemplates;

class FrameCodecTest {

    @Test
    void everyEngineMessageSurvivesTheTrip() throws IOException {
        String longSource = "x".repeat(100_000) + " ünïcødé";
        List<EngineMessage> sent = List.of(
                new EngineMessage.Ready(42, true),
                new EngineMessage.Output(List.of(
                        new OutputMessage(7, OutputLevel.ERROR, "attempt to index nil", "ServerScriptService.Master", 3,
                                2, List.of("at ServerScriptService.Master:3")),
                        OutputMessage.of(OutputLevel.PRINT, longSource, null, 0))),
                new EngineMessage.StateChanged(RunState.QUIESCENT, 123_456_789L),
                new EngineMessage.InstanceMoved(5, 2, 0),
                new EngineMessage.InstanceDetached(5),
                new EngineMessage.InstanceDestroyed(6),
                new EngineMessage.PropertyChanged(3, "Disabled", true),
                new EngineMessage.PropertyChanged(3, "Name", "Renamed"),
                new EngineMessage.PropertyChanged(3, "Speed", 2.5),
                new EngineMessage.ScriptsStarted(987_654_321L),
                new EngineMessage.Busy(List.of("ServerScriptService.Spin:2", "ServerScriptService.Master.Job:5"), false),
                new EngineMessage.Busy(List.of(), true),
                new EngineMessage.Ended(true, null),
                new EngineMessage.Ended(false, "The run ran out of memory"));
        List<EngineMessage> received = roundTrip(sent);
        assertEquals(sent, received);
    }

    @Test
    void theRunsStatisticsArriveWithEveryKindOfValue() throws IOException {
        Map<String, Object> dispatch = new LinkedHashMap<>();
        dispatch.put("name", "Root");
        dispatch.put("threadCount", 1024);
        dispatch.put("wallMillis", 17.25);
        dispatch.put("crashChain", null);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("wallMillis", 1234.5);
        report.put("scriptsStarted", 5);
        report.put("spans", 5_000_000_000L);
        report.put("finished", true);
        report.put("errors", List.of(Map.of("location", "ServerScriptService.Master:2", "message", "boom")));
        report.put("dispatches", List.of(dispatch));
        EngineMessage.Statistics sent = new EngineMessage.Statistics(4, report);
        EngineMessage.Statistics back = (EngineMessage.Statistics) roundTrip(List.of(sent)).get(0);
        assertEquals(sent, back);
        assertEquals(List.copyOf(report.keySet()), List.copyOf(back.report().keySet()), "the report keeps its order");
    }

    @Test
    void aRunnersStartAsksForEveryMessageAndItsBusyQuestionArrives() throws IOException {
        DataModel place = PlaceTemplates.newPlace();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        FrameCodec writer = new FrameCodec();
        writer.write(out, new ClientCommand.StartRun(place, 2, OutputDelivery.EVERY_MESSAGE, false));
        writer.write(out, new ClientCommand.ReportBusy());
        FrameCodec reader = new FrameCodec();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        ClientCommand.StartRun start = (ClientCommand.StartRun) reader.readCommand(in);
        assertEquals(OutputDelivery.EVERY_MESSAGE, start.delivery());
        assertFalse(start.treeChanges(), "the runner does not follow the run's tree");
        assertEquals(new ClientCommand.ReportBusy(), reader.readCommand(in));
    }

    @Test
    void anAddedSubtreeArrivesWithItsChildrenAndProperties() throws IOException {
        DataModel place = PlaceTemplates.newPlace();
        var master = place.GetService("ServerScriptService").FindFirstChild("Master");
        EngineMessage.InstanceAdded added = (EngineMessage.InstanceAdded) roundTrip(
                List.of(new EngineMessage.InstanceAdded(9, 1, 40, master))).get(0);
        assertEquals(9, added.parentId());
        assertEquals(1, added.index());
        assertEquals(40, added.firstId());
        assertEquals("Master", added.subtree().getName());
        assertEquals(master.getProperty("Source"), added.subtree().getProperty("Source"));
        assertEquals(true, added.subtree().FindFirstChild("Job").getProperty("Disabled"));
    }

    @Test
    void aPlaceSentToTheEngineIsTheSamePlace() throws IOException {
        DataModel place = PlaceTemplates.newPlace();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FrameCodec().write(new DataOutputStream(bytes), new ClientCommand.StartRun(place, 3));
        FrameCodec reader = new FrameCodec();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        ClientCommand.StartRun start = (ClientCommand.StartRun) reader.readCommand(in);
        assertEquals(3, start.workers());
        assertEquals(OutputDelivery.DROP_PRINTS_WHEN_BEHIND, start.delivery(), "the studio's runs may drop prints");
        assertTrue(start.treeChanges(), "the studio's Explorer follows the run's tree");
        assertEquals(PlaceFile.toXml(place), PlaceFile.toXml(start.place()));
        assertNull(reader.readCommand(in), "the end of the stream is the end of the commands");
    }

    @Test
    void aFutureProtocolVersionIsRefusedWithASentence() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolVersion.writeGreeting(new DataOutputStream(bytes), ProtocolVersion.CURRENT + 1);
        ProtocolException refused = assertThrows(ProtocolException.class, () -> ProtocolVersion.readGreeting(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "the engine process"));
        assertTrue(refused.getMessage().contains("version " + (ProtocolVersion.CURRENT + 1)), refused.getMessage());
        assertTrue(refused.getMessage().contains("the same build"), refused.getMessage());
    }

    @Test
    void somethingThatIsNotTheProtocolIsRefused() {
        byte[] junk = "Error: Could not find or load main class".getBytes();
        ProtocolException refused = assertThrows(ProtocolException.class, () -> ProtocolVersion.readGreeting(
                new DataInputStream(new ByteArrayInputStream(junk)), "the engine process"));
        assertEquals("the engine process does not speak the engine protocol", refused.getMessage());
    }

    @Test
    void anUnknownMessageKindIsRefused() {
        byte[] frame = {0, 0, 0, 1, 99};
        ProtocolException refused = assertThrows(ProtocolException.class, () -> new FrameCodec()
                .readEngineMessage(new DataInputStream(new ByteArrayInputStream(frame))));
        assertEquals("the engine sent a message of unknown kind 99", refused.getMessage());
    }

    private static List<EngineMessage> roundTrip(List<EngineMessage> messages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        FrameCodec writer = new FrameCodec();
        for (EngineMessage m : messages) {
            writer.write(out, m);
        }
        out.flush();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        FrameCodec reader = new FrameCodec();
        List<EngineMessage> back = new java.util.ArrayList<>();
        EngineMessage m;
        while ((m = reader.readEngineMessage(in)) != null) {
            back.add(m);
        }
        return back;
    }
}
