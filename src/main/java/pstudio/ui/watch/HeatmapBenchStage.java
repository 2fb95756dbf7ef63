package pstudio.ui.watch;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import pstudio.cli.FrameTimes;
import pstudio.cli.PanelStage;
import pstudio.protocol.EngineListener;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;

/**
 * The benchmark's heatmap case: the actor heatmap in an Actors tab beside an Output tab, as in the
 * studio's bottom tabs, its model fed by the run's messages on the reader thread; hiding it selects
 * the Output tab. Frames are timed from an AnimationTimer started before the panel's (so it runs
 * first in each pulse) to the scene's post-layout pulse. The toolkit, when this starts it, is Monocle's
 * headless one with software rendering: the case needs no display.
 */
public final class HeatmapBenchStage implements PanelStage {
    static final int WIDTH = 900;
    static final int HEIGHT = 330;

    private final ActorHeatmapModel model = new ActorHeatmapModel();
    private Stage stage;
    private TabPane tabs;
    private Tab actors;
    private Tab output;
    // on the JavaFX thread only
    private final FrameLog log = new FrameLog();
    private AnimationTimer clock;

    @Override
    public String description() {
        return String.format("the Actors tab, %d x %d, on a headless stage", WIDTH, HEIGHT);
    }

    @Override
    public EngineListener open() throws Exception {
        startToolkit();
        onFx(() -> {
            // the studio's theme, so that the panel is styled and painted as the studio paints it
            java.net.URL theme = HeatmapBenchStage.class.getResource("/atlantafx/base/theme/primer-dark.css");
            if (theme != null) {
                javafx.application.Application.setUserAgentStylesheet(theme.toExternalForm());
            }
            model.runStarted(RunCommands.NONE);
            clock = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (log.timing()) {
                        // the version, not a frame: building one here would be work the studio never does
                        log.pulseStarted(now, model.version());
                    }
                }
            };
            clock.start(); // before the panel's timer, which starts as the panel joins the scene
            actors = new Tab("Actors", new ActorHeatmapPanel(model, null));
            output = new Tab("Output");
            tabs = new TabPane(output, actors);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            Scene scene = new Scene(tabs, WIDTH, HEIGHT);
            scene.addPostLayoutPulseListener(log::pulseLaidOut);
            stage = new Stage();
            stage.setTitle("Heatmap benchmark");
            stage.setScene(scene);
            stage.show();
            return null;
        });
        return new EngineListener() {
            @Override
            public void onMessage(EngineMessage message) {
                model.onMessage(message);
            }

            @Override
            public void onExit(String problem) {
            }
        };
    }

    @Override
    public void setShown(boolean shown) throws Exception {
        onFx(() -> {
            tabs.getSelectionModel().select(shown ? actors : output);
            return null;
        });
    }

    @Override
    public void startFrames() throws Exception {
        onFx(() -> {
            log.start();
            return null;
        });
    }

    @Override
    public FrameTimes stopFrames() throws Exception {
        return onFx(log::stop);
    }

    @Override
    public void close() throws Exception {
        if (stage != null) {
            onFx(() -> {
                clock.stop();
                stage.hide();
                return null;
            });
        }
    }

    /** Starts the JavaFX toolkit on Monocle's headless screen unless it runs already (in the tests it may). */
    private static void startToolkit() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(1, TimeUnit.MINUTES);
        Platform.setImplicitExit(false); // hiding the stage must not end the toolkit
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }
}
