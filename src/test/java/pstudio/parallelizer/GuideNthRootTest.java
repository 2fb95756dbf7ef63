package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's nth-root example, translated line by line, gives Luau's exact roots. */
class GuideNthRootTest {

    /** The guide's job script, line by line: {@code return id^(1/nth)}. */
    private static final String JOB = "def Actor = script.GetActor()\n"
            + "\n"
            + "// A safeguard to ensure it doesn't run without an actor\n"
            + "if (!Actor) {\n"
            + "    return\n"
            + "}\n"
            + "\n"
            + "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
            + "\n"
            + "Parallelizer.CreateThread(Actor, 'CalculateNthRoot', { id, inst ->\n"
            + "    def nth = inst[1]\n"
            + "\n"
            + "    // Example: nth of 2 is equal to square root, and nth of 3 is equal to cube root\n"
            + "    return id^(1/nth)\n"
            + "})\n";

    private static List<String> rootsPrinted(int nth, int ids, String callback) throws Exception {
        JobPlace p = new JobPlace("def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)\n"
                + "\n"
                + "def RootInstruction = Parallelizer.CreateInstructionData([" + nth + "])\n"
                + "\n"
                + "JobScheduler.DispatchEquallyAsync('CalculateNthRoot', " + ids + ", { result ->\n"
                + callback
                + "}, RootInstruction)\n", JOB).runToEnd();
        assertEquals(List.of(), p.errors(), p.output());
        return p.prints();
    }

    @Test
    void cubeRootsOfCubesAreExact() throws Exception {
        assertEquals(List.of("2 3", "true true"), rootsPrinted(3, 27,
                "    print('' + result[8] + ' ' + result[27])\n"
                + "    print('' + (result[8] == 2) + ' ' + (result[27] == 3))\n"));
    }

    @Test
    void squareRootsAreExactWhereTheyAreWhole() throws Exception {
        assertEquals(List.of("2 1.4142135623730951 32", "true"), rootsPrinted(2, 1024,
                "    print('' + result[4] + ' ' + result[2] + ' ' + result[1024])\n"
                + "    print('' + (result[4] == 2))\n"));
    }
}
