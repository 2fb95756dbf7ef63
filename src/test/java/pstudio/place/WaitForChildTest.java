package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WaitForChildTest {
    private final Instance storage = DataModel.empty().GetService("ReplicatedStorage");

    @Test
    void aChildThatIsAlreadyThereIsReturnedAtOnce() {
        Folder data = new Folder();
        data.setName("Data");
        data.setParent(storage);

        assertSame(data, storage.WaitForChild("Data"));
    }

    @Test
    void givesNullWhenNoChildComesBeforeTheTimeout() {
        long start = System.nanoTime();

        assertNull(storage.WaitForChild("Missing", 0.2));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200), "returned before the timeout");
    }

    @Test
    void returnsAChildAddedByAnotherThreadWhileWaiting() {
        Folder late = new Folder();
        late.setName("Late");
        CompletableFuture<Void> adder = CompletableFuture.runAsync(() -> {
            sleep(100);
            late.setParent(storage);
        });

        assertSame(late, storage.WaitForChild("Late", 10));
        adder.join();
    }

    @Test
    void returnsAChildRenamedToTheNameWhileWaiting() {
        Folder folder = new Folder();
        folder.setParent(storage);
        CompletableFuture<Void> renamer = CompletableFuture.runAsync(() -> {
            sleep(100);
            folder.setName("Late");
        });

        assertSame(folder, storage.WaitForChild("Late", 10));
        renamer.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
