package pstudio.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

class OutputTextTest {
    private static final long AT = LocalDateTime.of(2024, 5, 1, 14, 3, 7, 42_000_000)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private static OutputEntry entry(OutputLevel level, String text, String script, int line, int count, List<String> details) {
        return new OutputEntry(new OutputMessage(AT, level, text, script, line, count, details));
    }

    @Test
    void timestampsReadHoursMinutesSecondsAndMillis() {
        assertEquals("14:03:07.042", OutputText.timestamp(AT));
    }

    @Test
    void printsCopyAsTheirTextAndOtherLevelsAsLevelSourceAndText() {
        String copied = OutputText.copyText(List.of(
                entry(OutputLevel.PRINT, "hello", "ServerScriptService.Master", 2, 1, List.of()),
                entry(OutputLevel.WARN, "slow", "ServerScriptService.Master", 3, 3, List.of()),
                entry(OutputLevel.INFO, "started", null, 0, 1, List.of()),
                entry(OutputLevel.ERROR, "boom", "ServerStorage.Job", 5, 1, List.of("at ServerStorage.Job:5"))), false);

        assertEquals("""
                hello
                WARN ServerScriptService.Master:3: slow (x3)
                INFO: started
                ERROR ServerStorage.Job:5: boom
                    at ServerStorage.Job:5
                """, copied);
    }

    @Test
    void shownTimestampsPrefixEachCopiedLine() {
        String copied = OutputText.copyText(List.of(entry(OutputLevel.PRINT, "hello", null, 0, 1, List.of())), true);
        assertEquals("[14:03:07.042] hello\n", copied);
    }

    @Test
    void droppedNoticeGroupsThousands() {
        assertEquals("1,234 earlier messages not shown", OutputText.droppedNotice(1234));
        assertEquals("1 earlier message not shown", OutputText.droppedNotice(1));
    }
}
