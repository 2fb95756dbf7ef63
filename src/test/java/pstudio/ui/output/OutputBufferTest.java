package pstudio.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

class OutputBufferTest {
    private static OutputMessage print(String text) {
        return new OutputMessage(0, OutputLevel.PRINT, text, null, 0, 1, List.of());
    }

    private static OutputMessage warn(String text, String script, int line) {
        return new OutputMessage(0, OutputLevel.WARN, text, script, line, 1, List.of());
    }

    private static List<String> texts(List<OutputEntry> entries) {
        return entries.stream().map(e -> e.message().text()).toList();
    }

    @Test
    void identicalConsecutiveMessagesBecomeOneLineWithTheirCountsAdded() {
        OutputBuffer buffer = new OutputBuffer();
        buffer.append(List.of(warn("slow", "S.Master", 3), warn("slow", "S.Master", 3)));
        buffer.append(List.of(warn("slow", "S.Master", 3).withCount(5), print("done"), warn("slow", "S.Master", 3)));

        List<OutputEntry> entries = buffer.entries();
        assertEquals(List.of("slow", "done", "slow"), texts(entries));
        assertEquals(7, entries.get(0).count());
        assertEquals(1, entries.get(2).count());
    }

    @Test
    void sameTextFromAnotherLineIsNotCollapsed() {
        OutputBuffer buffer = new OutputBuffer();
        buffer.append(List.of(warn("slow", "S.Master", 3), warn("slow", "S.Master", 4)));
        assertEquals(2, buffer.size());
    }

    @Test
    void aRepeatOfTheLastLineIsReportedAsGrownNotAdded() {
        OutputBuffer buffer = new OutputBuffer();
        buffer.append(List.of(print("tick")));
        OutputEntry first = buffer.entries().get(0);

        OutputBuffer.Change change = buffer.append(List.of(print("tick"), print("tick")));

        assertSame(first, change.grown());
        assertTrue(change.added().isEmpty());
        assertEquals(3, first.count());
    }

    @Test
    void keepsTheNewestMaxLinesAndCountsWhatWasDropped() {
        OutputBuffer buffer = new OutputBuffer();
        List<OutputMessage> batch = new ArrayList<>();
        for (int i = 0; i < OutputBuffer.MAX_LINES + 1234; i++) {
            batch.add(print("line " + i));
        }
        buffer.append(batch.subList(0, 5000));
        OutputBuffer.Change change = buffer.append(batch.subList(5000, batch.size()));

        assertEquals(OutputBuffer.MAX_LINES, buffer.size());
        assertEquals(1234, buffer.droppedMessages());
        assertEquals("line 1234", buffer.entries().get(0).message().text());
        assertEquals("line " + (batch.size() - 1), buffer.entries().get(OutputBuffer.MAX_LINES - 1).message().text());
        assertEquals(1234, change.removed().size());
        assertNull(change.grown());
    }

    @Test
    void aBatchLargerThanTheCapKeepsOnlyItsNewestLines() {
        OutputBuffer buffer = new OutputBuffer();
        buffer.append(List.of(print("old")));
        List<OutputMessage> batch = new ArrayList<>();
        for (int i = 0; i < 3 * OutputBuffer.MAX_LINES; i++) {
            batch.add(print("line " + i));
        }
        OutputBuffer.Change change = buffer.append(batch);

        assertEquals(OutputBuffer.MAX_LINES, buffer.size());
        assertEquals(OutputBuffer.MAX_LINES, change.added().size());
        assertEquals(List.of("old"), texts(change.removed()));
        assertEquals(2 * OutputBuffer.MAX_LINES + 1, buffer.droppedMessages());
        assertEquals("line " + 2 * OutputBuffer.MAX_LINES, buffer.entries().get(0).message().text());
    }

    @Test
    void droppedRepeatsCountEveryMessageTheyStoodFor() {
        OutputBuffer buffer = new OutputBuffer();
        buffer.append(List.of(print("spam").withCount(64)));
        List<OutputMessage> batch = new ArrayList<>();
        for (int i = 0; i < OutputBuffer.MAX_LINES; i++) {
            batch.add(print("line " + i));
        }
        buffer.append(batch);
        assertEquals(64, buffer.droppedMessages());
    }

    @Test
    void clearEmptiesTheBufferAndForgetsDroppedMessages() {
        OutputBuffer buffer = new OutputBuffer();
        List<OutputMessage> batch = new ArrayList<>();
        for (int i = 0; i < OutputBuffer.MAX_LINES + 1; i++) {
            batch.add(print("line " + i));
        }
        buffer.append(batch);
        buffer.clear();
        assertEquals(0, buffer.size());
        assertEquals(0, buffer.droppedMessages());
    }

    @Test
    void filtersByLevelAndByTextOrSourceIgnoringCase() {
        OutputBuffer buffer = new OutputBuffer();
        buffer.append(List.of(print("Hello world"), warn("careful", "ServerScriptService.Master", 3),
                new OutputMessage(0, OutputLevel.ERROR, "boom", "ServerStorage.Job", 5, 1, List.of("at Job:5"))));

        assertEquals(List.of("Hello world", "careful", "boom"), texts(buffer.matching(OutputFilter.ALL)));
        assertEquals(List.of("careful", "boom"),
                texts(buffer.matching(new OutputFilter(EnumSet.of(OutputLevel.WARN, OutputLevel.ERROR), ""))));
        assertEquals(List.of("Hello world"), texts(buffer.matching(new OutputFilter(EnumSet.allOf(OutputLevel.class), "HELLO"))));
        assertEquals(List.of("careful"), texts(buffer.matching(new OutputFilter(EnumSet.allOf(OutputLevel.class), "master:3"))));
        assertEquals(List.of(), texts(buffer.matching(new OutputFilter(EnumSet.of(OutputLevel.PRINT), "master"))));
        assertEquals(List.of(), texts(buffer.matching(new OutputFilter(EnumSet.noneOf(OutputLevel.class), ""))));
    }
}
