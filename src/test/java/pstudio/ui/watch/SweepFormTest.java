package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the Sweep form takes as the runs per batch size: a whole number from 1 to 10. */
class SweepFormTest {
    @Test
    void takesOneToTen() {
        assertEquals(1, SweepForm.repeatsFrom("1"));
        assertEquals(10, SweepForm.repeatsFrom(" 10 "));
        assertEquals(3, SweepForm.DEFAULT_REPEATS);
    }

    @Test
    void refusesWhatIsNoCountInRange() {
        assertNull(SweepForm.repeatsFrom("0"));
        assertNull(SweepForm.repeatsFrom("11"));
        assertNull(SweepForm.repeatsFrom("two"));
        assertNull(SweepForm.repeatsFrom(""));
    }
}
