package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceTemplates;
import pstudio.place.Script;

/**
 * What a Roblox developer writes, through the runner as they would start it: the guide translated
 * line by line, then varied, then the Parallel Luau idioms people reach for.
 */
class RobloxDeveloperTest {
    /** The guide's master script, line by line; {@code %s} is the instruction data. */
    private static final String GUIDE_MASTER = "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
            + "def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)\n"
            + "def RootInstruction = Parallelizer.CreateInstructionData(%s)\n"
            + "JobScheduler.DispatchEquallyAsync('CalculateNthRoot', 1024, { result ->\n"
            + "    print(result[8], result[27], result[64], result[4])\n"
            + "}, RootInstruction)\n"
            + "print('This will run before the dispatch has finished!')\n";
    /** The guide's job script, line by line; {@code %s} is the thread function. */
    private static final String GUIDE_JOB = "def Actor = script.GetActor()\n"
            + "if (!Actor) {\n"
            + "    return\n"
            + "}\n"
            + "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
            + "Parallelizer.CreateThread(Actor, 'CalculateNthRoot', %s)\n";
    private static final String GUIDE_THREAD = "{ id, inst ->\n"
            + "    def nth = inst[1]\n"
            + "    return id^(1/nth)\n"
            + "}";

    @TempDir
    Path dir;

    @Test
    void theGuidesCubeRootsAreExact() throws Exception {
        RunnerInvocation r = run(String.format(GUIDE_MASTER, "[3]"), String.format(GUIDE_JOB, GUIDE_THREAD));
        // 8 and 27 are exact, as in Luau; 64^(1/3) is 3.9999999999999996 in Luau too (1/3 is a little under a third)
        assertEquals(List.of("This will run before the dispatch has finished!", "2 3 3.9999999999999996 1.5874010519681994"),
                r.stdoutLines(), r.transcript());
        assertEquals(RunCommand.CLEAN, r.status());
    }

    @Test
    void theGuidesSquareRootsAreExact() throws Exception {
        RunnerInvocation r = run(String.format(GUIDE_MASTER, "[2]"), String.format(GUIDE_JOB, GUIDE_THREAD));
        assertEquals(List.of("This will run before the dispatch has finished!",
                "2.8284271247461903 5.196152422706632 8 2"), r.stdoutLines(), r.transcript());
    }

    @Test
    void aOneParameterThreadAndASynchronizeInsideTheThreadWork() throws Exception {
        String master = "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 8, script)\n"
                + "JobScheduler.DispatchEquallyAsync('Square', 16, { result -> print(result) }).Wait()\n"
                + "JobScheduler.DispatchEquallyAsync('Mark', 8, { result ->\n"
                + "    print(workspace.GetChildren().size() + ' markers, ' + result.toList().sum())\n"
                + "})\n";
        String job = "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def Parallelizer = require(game.ReplicatedStorage.Parallelizer)\n"
                + "Parallelizer.CreateThread(Actor, 'Square') { id -> id * id }\n"
                + "Parallelizer.CreateThread(Actor, 'Mark') { id, inst ->\n"
                + "    def value = math.floor(math.sqrt(id) * 100) / 100\n"
                + "    task.synchronize()\n"
                + "    def marker = Instance.new('Folder')\n"
                + "    marker.Name = string.format('Marker%02d', id)\n"
                + "    marker.Parent = workspace\n"
                + "    return id\n"
                + "}\n";
        RunnerInvocation r = run(master, job);
        assertEquals(List.of("[1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256]",
                "8 markers, 36"), r.stdoutLines(), r.transcript());
        assertEquals("", r.stderr());
    }

    @Test
    void parallelLuauIdiomsWork() throws Exception {
        // actors by hand, as Roblox's own multithreading guide writes them: a parallel handler that
        // computes, a shared table that collects, a synchronize to write the place, a pcall that
        // guards, deprecated wait, string.format and math.noise for terrain heights
        String master = "def heights = SharedTable.new([:])\n"
                + "def done = SharedTable.new([count: 0])\n"
                + "def actors = []\n"
                + "for (i in 1..4) {\n"
                + "    def actor = Instance.new('Actor')\n"
                + "    actor.Name = 'Chunk' + i\n"
                + "    def worker = game.ServerStorage.ChunkWorker.Clone()\n"
                + "    worker.Disabled = false\n"
                + "    worker.Parent = actor\n"
                + "    actor.Parent = workspace\n"
                + "    actors << actor\n"
                + "}\n"
                + "wait()\n"
                + "for (i = 1; i <= 4; i++) actors[i - 1].SendMessage('Generate', i, heights, done)\n"
                + "while (done.count < 4) task.wait(0.01)\n"
                + "def total = 0\n"
                + "for (entry in heights) total += entry.value\n"
                + "print(string.format('%d chunks, %d cells, heights in [%.0f, %.0f]', done.count,"
                + " SharedTable.size(heights), -1, 1))\n"
                + "print(workspace.FindFirstChild('Chunk3').FindFirstChild('Done') != nil)\n"
                + "def (ok, err) = pcall { actors[0].Nope }\n"
                + "print(ok, err)\n";
        String worker = "script.GetActor().BindToMessageParallel('Generate') { chunk, heights, done ->\n"
                + "    for (x in 1..16) {\n"
                + "        for (z in 1..16) {\n"
                + "            def h = math.noise(chunk * 16 + x + 0.5, z + 0.5)\n"
                + "            heights[chunk * 1000 + x * 16 + z] = math.clamp(h, -1, 1)\n"
                + "        }\n"
                + "    }\n"
                + "    task.synchronize()\n"
                + "    Instance.new('Folder', script.GetActor()).Name = 'Done'\n"
                + "    SharedTable.increment(done, 'count', 1)\n"
                + "}\n";
        DataModel place = guidePlace(master, null);
        Script chunkWorker = new Script();
        chunkWorker.setName("ChunkWorker");
        chunkWorker.setDisabled(true);
        chunkWorker.setSource(worker);
        chunkWorker.setParent(place.GetService("ServerStorage"));
        RunnerInvocation r = runPlace(place);
        List<String> out = r.stdoutLines();
        assertEquals(List.of("4 chunks, 1024 cells, heights in [-1, 1]", "true",
                "false ServerScriptService.Master:20: Nope is not a valid member of Actor Workspace.Chunk1"), out,
                r.transcript());
        assertTrue(r.stderr().contains("wait is deprecated: use task.wait instead"), r.stderr());
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
    }

    private RunnerInvocation run(String master, String job) throws Exception {
        return runPlace(guidePlace(master, job));
    }

    private RunnerInvocation runPlace(DataModel place) throws Exception {
        Path file = dir.resolve("place.place");
        PlaceFile.save(place, file);
        return RunnerInvocation.of("run", file.toString(), "--workers", "2");
    }

    private static DataModel guidePlace(String master, String job) {
        return PlaceTemplates.guideLayout(master, job);
    }
}
