package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dispatched threads move between the phases as Roblox's do: task.synchronize() inside a thread
 * function makes the rest of it serial (where it may write the place), desynchronize moves it back,
 * and waiting in parallel never holds a worker.
 */
class ThreadPhasesTest {

    @Test
    void aThreadThatSynchronizesMayWriteThePlaceAndItsResultIsWhatItFinallyReturns() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchAsync('Make', 16, 2, { r ->\n"
                + "    print(r.toList().join(','))\n"
                + "    print(workspace.GetChildren().size())\n"
                + "})\n"),
                JobPlace.job("Make", "{ id, inst ->\n"
                + "    def square = id * id\n"
                + "    task.synchronize()\n"
                + "    Instance.new('Folder', workspace).Name = 'F' + id\n"
                + "    task.desynchronize()\n"
                + "    square + 1\n"
                + "}")).runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("2,5,10,17,26,37,50,65,82,101,122,145,170,197,226,257", "16"), p.prints(), p.output());
    }

    @Test
    void theParallelWriteErrorsAdviceWorks() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(8,
                "JobScheduler.DispatchEquallyAsync('Name', 8, { r -> print(workspace.GetChildren()*.Name.sort().join(',')) })\n"),
                JobPlace.job("Name", "{ id, inst ->\n"
                + "    try { Instance.new('Folder', workspace) } catch (e) { task.synchronize() }\n"
                + "    Instance.new('Folder', workspace).Name = 'n' + id\n"
                + "    id\n"
                + "}")).runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("n1,n2,n3,n4,n5,n6,n7,n8"), p.prints(), p.output());
    }

    @Test
    void aThreadThatEndsSerialLeavesTheNextIdsParallel() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(1,
                "JobScheduler.DispatchAsync('Mixed', 4, 4, { r -> print(r.toList().join(',')) })\n"),
                JobPlace.job("Mixed", "{ id, inst ->\n"
                + "    def before = 'p'\n"
                + "    try { script.Name = script.Name } catch (e) { before = 'P' }\n"
                + "    if (id % 2 == 1) task.synchronize()\n"
                + "    before\n"
                + "}")).runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("P,P,P,P"), p.prints(), "every id starts in the parallel phase:\n" + p.output());
    }

    @Test
    void threadsThatWaitInParallelDoNotHoldWorkers() throws Exception {
        // 16 actors on 2 workers: each thread waits until all 16 are waiting at once, which is only
        // possible if a waiting thread gives its worker back
        JobPlace p = new JobPlace(JobPlace.master(16,
                "def t = SharedTable.new([waiting: 0, met: 0])\n"
                + "JobScheduler.DispatchEquallyAsync('Meet', 16, { r -> print('met ' + t.met) }, t)\n"),
                JobPlace.job("Meet", "{ id, t ->\n"
                + "    SharedTable.increment(t, 'waiting', 1)\n"
                + "    def deadline = clock() + 20\n"
                + "    while (t.waiting < 16 && clock() < deadline) task.wait(0.01)\n"
                + "    if (t.waiting == 16) SharedTable.increment(t, 'met', 1)\n"
                + "    id\n"
                + "}")).runToEnd();
        assertEquals(List.of("met 16"), p.prints(), p.output());
    }

    @Test
    void aThreadMayDispatchFromParallelAndWaitForADispatchThatNeedsItsOwnActor() throws Exception {
        // the clones wait for the scheduler itself (sent through a BindableEvent) before binding their threads
        JobPlace p = new JobPlace("def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = P.CreateJobScheduler(script.Job, 2, script)\n"
                + "game.ReplicatedStorage.Share.Fire(js)\n"
                + "def h = js.DispatchAsync('Outer', 2, 1, { r -> print(r.toList().join(',')) })\n"
                + "print('outer ' + h.Wait(30))\n",
                "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = game.ReplicatedStorage.Share.Event.Wait()[0]\n"
                + "P.CreateThread(Actor, 'Inner') { id, inst -> id * 10 }\n"
                + "P.CreateThread(Actor, 'Outer') { id, inst ->\n"
                + "    def sum = 0\n"
                + "    def h = js.DispatchAsync('Inner', 4, 1, { r -> })\n"
                + "    h.Status == 'Running' ? h.Wait(20) : h.Status\n"
                + "}\n");
        pstudio.place.BindableEvent share = new pstudio.place.BindableEvent();
        share.setName("Share");
        share.setParent(p.place.GetService("ReplicatedStorage"));
        p.runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("Finished,Finished", "outer Finished"), p.prints(), p.output());
    }

    @Test
    void blockingCallsInParallelYieldWithoutHoldingAWorker() throws Exception {
        // 8 actors on 2 workers each wait in parallel on an event, a child and a dispatch handle
        JobPlace p = new JobPlace("def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "def js = P.CreateJobScheduler(script.Job, 8, script)\n"
                + "def t = SharedTable.new([waiting: 0])\n"
                + "def h = js.DispatchEquallyAsync('Block', 8, { r -> print(r.toList().join(',')) }, t)\n"
                + "while (t.waiting < 8 && clock() < 20) task.wait(0.01)\n"
                + "print('all waiting: ' + (t.waiting == 8))\n"
                + "game.ReplicatedStorage.Go.Fire('go')\n"
                + "Instance.new('Folder', workspace).Name = 'Arrived'\n",
                JobPlace.job("Block", "{ id, t ->\n"
                + "    SharedTable.increment(t, 'waiting', 1)\n"
                + "    def args = game.ReplicatedStorage.Go.Event.Wait()\n"
                + "    def child = workspace.WaitForChild('Arrived', 20)\n"
                + "    args[0] + ':' + child.Name\n"
                + "}"));
        pstudio.place.BindableEvent go = new pstudio.place.BindableEvent();
        go.setName("Go");
        go.setParent(p.place.GetService("ReplicatedStorage"));
        p.runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("all waiting: true", "go:Arrived,go:Arrived,go:Arrived,go:Arrived,go:Arrived,go:Arrived,"
                + "go:Arrived,go:Arrived"), p.prints(), p.output());
    }
}
