package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Many actors switching phases, waiting and updating shared state at once never deadlock the pool. */
class PhaseStressTest {

    @Test
    void manyActorsMixingWaitsSynchronizeAndSharedUpdatesFinish() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(256,
                "def t = SharedTable.new([sum: 0])\n"
                + "def h = JobScheduler.DispatchAsync('Mix', 4096, 3, { r ->\n"
                + "    def total = 0\n"
                + "    for (v in r) total += v\n"
                + "    print('results ' + total + ' shared ' + t.sum + ' folders ' + workspace.GetChildren().size())\n"
                + "}, t)\n"
                + "print(h.Wait(60))\n"),
                JobPlace.job("Mix", "{ id, t ->\n"
                + "    if (id % 3 == 0) task.wait()\n"
                + "    if (id % 5 == 0) { task.synchronize(); if (id % 50 == 0) Instance.new('Folder', workspace); task.desynchronize() }\n"
                + "    if (id % 7 == 0) task.synchronize()\n"
                + "    SharedTable.update(t, 'sum') { old -> old + id }\n"
                + "    id\n"
                + "}")).runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        long sum = 4096L * 4097 / 2;
        assertEquals(List.of("results " + sum + " shared " + sum + " folders 81", "Finished"), p.prints(), p.output());
    }

    @Test
    void aThousandActorsShareAMillionIds() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(1024,
                "def h = JobScheduler.DispatchEquallyAsync('Id', 1000000, { r ->\n"
                + "    long total = 0\n"
                + "    for (v in r) total += v\n"
                + "    print(r.size() + ' ' + total)\n"
                + "})\n"
                + "h.Wait()\n"), JobPlace.job("Id", "{ id, inst -> id }")).runToEnd();
        assertEquals(List.of("1000000 500000500000"), p.prints(), p.output());
    }
}
