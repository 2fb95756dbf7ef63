package pstudio.cli;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.place.DataModel;
import pstudio.place.Folder;
import pstudio.protocol.ClientCommand;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.FrameCodec;

/**
 * What the run boundary's frames cost, written and read back in memory: output (one print per
 * frame, the worst case) and a place of 100,000 instances, against the same data as JSON lines
 * (Groovy's JSON, on the class path anyway) measured in the same run: the reason the protocol is
 * binary.
 */
final class ProtocolCost {
    private static final int PRINTS = 200_000;
    private static final int INSTANCES = 100_000;

    private final int reps;
    private final PrintStream out;

    ProtocolCost(int reps, PrintStream out) {
        this.reps = reps;
        this.out = out;
    }

    void run() throws IOException {
        List<Double> frames = new ArrayList<>();
        List<Double> json = new ArrayList<>();
        List<Double> place = new ArrayList<>();
        DataModel big = bigPlace();
        for (int rep = 0; rep <= reps; rep++) {
            double f = printsAsFrames();
            double j = printsAsJson();
            double p = placeAsFrame(big);
            if (rep > 0) { // the first round warms up
                frames.add(f);
                json.add(j);
                place.add(p);
            }
        }
        double f = Benchmark.median(frames);
        double j = Benchmark.median(json);
        out.println();
        out.printf("protocol   frames written and read back in memory%n");
        out.printf("  prints     %9.1f ms   %,12.0f prints/s   (%,d prints, one frame each)%n", f, PRINTS / f * 1000, PRINTS);
        out.printf("  as JSON    %9.1f ms   %,12.0f prints/s   (the same as JSON lines; frames / JSON: %.2f)%n",
                j, PRINTS / j * 1000, f / j);
        out.printf("  place      %9.1f ms   for %,d instances, one frame   (no goal, for judging)%n",
                Benchmark.median(place), INSTANCES);
    }

    private static double printsAsFrames() throws IOException {
        long t0 = System.nanoTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream sink = new DataOutputStream(bytes);
        FrameCodec writer = new FrameCodec();
        for (int i = 0; i < PRINTS; i++) {
            writer.write(sink, new EngineMessage.Output(List.of(print(i))));
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        FrameCodec reader = new FrameCodec();
        int read = 0;
        while (reader.readEngineMessage(in) != null) {
            read++;
        }
        check(read);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double printsAsJson() {
        long t0 = System.nanoTime();
        StringBuilder lines = new StringBuilder(1 << 20);
        for (int i = 0; i < PRINTS; i++) {
            OutputMessage m = print(i);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", "output");
            json.put("time", m.timestampMillis());
            json.put("level", m.level().name());
            json.put("text", m.text());
            json.put("script", m.script());
            json.put("line", m.line());
            json.put("count", m.count());
            json.put("details", m.details());
            lines.append(JsonOutput.toJson(json)).append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        JsonSlurper slurper = new JsonSlurper();
        int read = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            slurper.parseText(line);
            read++;
        }
        check(read);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double placeAsFrame(DataModel place) throws IOException {
        long t0 = System.nanoTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        new FrameCodec().write(new DataOutputStream(bytes), new ClientCommand.StartRun(place, 2));
        new FrameCodec().readCommand(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static OutputMessage print(int i) {
        return new OutputMessage(1_700_000_000_000L + i, OutputLevel.PRINT, "result " + i, "ServerScriptService.Master", 12,
                1, List.of());
    }

    private static void check(int read) {
        if (read != PRINTS) {
            throw new IllegalStateException("read " + read + " of " + PRINTS + " messages back");
        }
    }

    /** 100 folders of 999 parts under Workspace: 100,000 instances with the services. */
    private static DataModel bigPlace() {
        DataModel place = DataModel.empty();
        int made = place.GetDescendants().size();
        for (int g = 0; made < INSTANCES; g++) {
            Folder group = new Folder();
            group.setName("Group" + g);
            made++;
            for (int i = 0; i < 999 && made < INSTANCES; i++, made++) {
                Folder part = new Folder();
                part.setName("Part" + i);
                part.setParent(group);
            }
            group.setParent(place.getWorkspace());
        }
        return place;
    }
}
