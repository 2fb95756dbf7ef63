package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** print(result) writes the results as Luau prints numbers and nil. */
class DispatchResultPrintTest {

    @Test
    void resultsPrintWithLuausNumbersAndNil() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "JobScheduler.DispatchEquallyAsync('Quarter', 5, { result -> print(result); print(typeof(result)) })\n"),
                JobPlace.job("Quarter", "{ id, inst -> id == 3 ? null : id == 5 ? 0.1d + 0.2d : id / 4d }")).runToEnd();
        assertEquals(List.of("[0.25, 0.5, nil, 1, 0.30000000000000004]", "table"), p.prints(), p.output());
    }
}
