package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Datatypes go into instruction data and come back as a dispatch's results, as the guide's types do. */
class DatatypesDispatchTest {

    @Test
    void instructionDataCarriesDatatypesAndThreadsReturnThem() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "def data = Parallelizer.CreateInstructionData([Vector3.new(1, 0, 0), Color3.fromRGB(255, 0, 0),"
                        + " [origin: CFrame.new(0, 10, 0)]])\n"
                        + "JobScheduler.DispatchEquallyAsync('Ray', 8, { result ->\n"
                        + "    def sum = Vector3.zero\n"
                        + "    for (v in result) { sum = sum + v }\n"
                        + "    print(sum, typeof(result[3]), result[8])\n"
                        + "}, data)\n"),
                JobPlace.job("Ray", "{ id, inst -> inst[3].origin * (inst[1] * id) }")).runToEnd();
        assertEquals(List.of("36, 80, 0 Vector3 8, 10, 0"), p.prints(), p.output());
    }
}
