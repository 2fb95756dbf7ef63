package pstudio.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;
import pstudio.place.PlaceFileException;
import pstudio.place.RecoveryCopies;
import pstudio.place.StudioLock;
import pstudio.ui.document.PlaceDocument;

/**
 * Auto-recovery for the window: a lock while the studio runs, a recovery copy every few minutes
 * while the place has unsaved changes, and, after a crash, the offer to open the newest copy.
 */
final class StudioRecovery {
    /** How often the writer looks at the clock; a look is a few comparisons. */
    private static final Duration POLL = Duration.seconds(5);

    private final StudioEnvironment environment;
    private final RecoveryCopies copies;
    private final RecoveryNotice notice;
    private final Consumer<String> warnings;
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-recovery-writer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private Timeline polls;
    private StudioLock lock;

    /**
     * @param content what the crash notice lies over
     * @param warnings told on the JavaFX thread why a lock or copy could not be written
     */
    StudioRecovery(StudioEnvironment environment, Node content, Consumer<String> warnings) {
        this.environment = environment;
        this.copies = new RecoveryCopies(environment.recoveryFolder(), RecoveryCopies.DEFAULT_KEEP, Clock.systemUTC());
        this.notice = new RecoveryNotice(content);
        this.warnings = warnings;
    }

    Node node() {
        return notice.node();
    }

    RecoveryCopies copies() {
        return copies;
    }

    RecoveryNotice notice() {
        return notice;
    }

    /**
     * At start: offers the newest copy written since a crashed studio started, marks this one as
     * running, and starts writing copies of {@code document}. Opening the copy goes to {@code open}.
     */
    void start(Supplier<PlaceDocument> document, Consumer<RecoveryCopies.Copy> open) {
        List<StudioLock.Left> crashed = StudioLock.leftBehind(environment.recoveryFolder());
        if (!crashed.isEmpty()) {
            Optional<RecoveryCopies.Copy> newest = copies.newestSince(crashed.get(0).started());
            // after the window shows, so that the bar slides in over it
            newest.ifPresent(copy -> Platform.runLater(() -> notice.offer(copy, open)));
            StudioLock.clear(crashed);
        }
        try {
            lock = StudioLock.take(environment.recoveryFolder());
        } catch (PlaceFileException e) {
            warnings.accept("After a crash no recovery copy can be offered: " + e.getMessage() + ".");
        }
        RecoveryWriter writer = new RecoveryWriter(copies, Clock.systemUTC(),
                environment.settings().recoveryInterval(), writerThread,
                text -> Platform.runLater(() -> warnings.accept(text)));
        polls = new Timeline(new KeyFrame(POLL, e -> writer.poll(document.get())));
        polls.setCycleCount(Animation.INDEFINITE);
        polls.play();
    }

    /** The clean exit: no more copies, and the lock goes, so the next start offers nothing. */
    void stop() {
        if (polls != null) {
            polls.stop();
        }
        writerThread.shutdown();
        if (lock != null) {
            lock.release();
        }
    }
}
