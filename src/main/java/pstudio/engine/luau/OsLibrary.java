package pstudio.engine.luau;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import pstudio.engine.ScriptError;

/**
 * Luau's {@code os} library: {@code clock}, {@code time}, {@code date} and {@code difftime}. As in
 * Luau, {@code os.time(t)} reads the date table as UTC, and {@code os.date} uses local time unless
 * the format starts with {@code !}.
 */
public final class OsLibrary {
    private static final long ORIGIN = System.nanoTime();

    private OsLibrary() {
    }

    /** Seconds, with sub-microsecond resolution, from a fixed point; for measuring durations. */
    public static Object clock() {
        return (System.nanoTime() - ORIGIN) / 1e9;
    }

    /** Whole seconds since 1970-01-01 UTC: now, or of a date table {year, month, day, hour = 12, min = 0, sec = 0}. */
    public static Object time(Object table) {
        if (table == null) {
            return LuauValues.whole(Instant.now().getEpochSecond());
        }
        if (!(table instanceof Map<?, ?> date)) {
            throw Arguments.typeError(1, "time", "table", table);
        }
        long year = field(date, "year", null);
        long month = field(date, "month", null);
        long day = field(date, "day", null);
        long hour = field(date, "hour", 12L);
        long min = field(date, "min", 0L);
        long sec = field(date, "sec", 0L);
        LocalDateTime start = LocalDateTime.of((int) year, 1, 1, 0, 0);
        LocalDateTime at = start.plusMonths(month - 1).plusDays(day - 1).plusHours(hour).plusMinutes(min)
                .plusSeconds(sec);
        return LuauValues.whole(at.toEpochSecond(ZoneOffset.UTC));
    }

    private static long field(Map<?, ?> date, String name, Long absent) {
        Object v = date.get(name);
        if (v == null) {
            if (absent == null) {
                throw new ScriptError("field '" + name + "' missing in date table");
            }
            return absent;
        }
        if (!(v instanceof Number n)) {
            throw new ScriptError("field '" + name + "' is not a number in date table");
        }
        return (long) n.doubleValue();
    }

    /** t2 - t1 in seconds. */
    public static Object difftime(Object t2, Object t1) {
        return Arguments.number(t2, 1, "difftime") - Arguments.optNumber(t1, 2, "difftime", 0);
    }

    /**
     * The time (default now) as text in a strftime format (default {@code %c}), or as a table with
     * {@code *t}; a leading {@code !} means UTC.
     */
    public static Object date(Object format, Object time) {
        String f = Arguments.optString(format, 1, "date", "%c");
        long seconds = time == null ? Instant.now().getEpochSecond() : (long) Arguments.number(time, 2, "date");
        ZoneId zone = ZoneId.systemDefault();
        if (f.startsWith("!")) {
            zone = ZoneOffset.UTC;
            f = f.substring(1);
        }
        ZonedDateTime t = Instant.ofEpochSecond(seconds).atZone(zone);
        if (f.startsWith("*t")) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("year", t.getYear());
            table.put("month", t.getMonthValue());
            table.put("day", t.getDayOfMonth());
            table.put("hour", t.getHour());
            table.put("min", t.getMinute());
            table.put("sec", t.getSecond());
            table.put("wday", t.getDayOfWeek().getValue() % 7 + 1);
            table.put("yday", t.getDayOfYear());
            table.put("isdst", zone.getRules().isDaylightSavings(t.toInstant()));
            return table;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= f.length()) {
                throw Arguments.error(1, "date", "invalid conversion specifier '%'");
            }
            appendField(out, f.charAt(i), t);
        }
        return out.toString();
    }

    private static void appendField(StringBuilder out, char spec, ZonedDateTime t) {
        switch (spec) {
            case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
            case 'A' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
            case 'b' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
            case 'B' -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
            case 'c' -> {
                appendField(out, 'a', t);
                out.append(' ');
                appendField(out, 'b', t);
                out.append(String.format(" %2d ", t.getDayOfMonth()));
                appendField(out, 'X', t);
                out.append(' ').append(t.getYear());
            }
            case 'd' -> out.append(String.format("%02d", t.getDayOfMonth()));
            case 'H' -> out.append(String.format("%02d", t.getHour()));
            case 'I' -> out.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
            case 'j' -> out.append(String.format("%03d", t.getDayOfYear()));
            case 'm' -> out.append(String.format("%02d", t.getMonthValue()));
            case 'M' -> out.append(String.format("%02d", t.getMinute()));
            case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
            case 'S' -> out.append(String.format("%02d", t.getSecond()));
            case 'w' -> out.append(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
            case 'x' -> out.append(String.format("%02d/%02d/%02d", t.getMonthValue(), t.getDayOfMonth(),
                    t.getYear() % 100));
            case 'X' -> out.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
            case 'y' -> out.append(String.format("%02d", t.getYear() % 100));
            case 'Y' -> out.append(t.getYear());
            case 'Z' -> out.append(t.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
            case '%' -> out.append('%');
            default -> throw Arguments.error(1, "date", "invalid conversion specifier '%" + spec + "'");
        }
    }
}
