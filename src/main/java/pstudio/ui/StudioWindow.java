package pstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunOptions;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.protocol.EngineLaunch;
import pstudio.protocol.Sandbox;
import pstudio.protocol.SpareEngine;
import pstudio.ui.alerts.CrashChainAlert;
import pstudio.ui.alerts.CrashChainNotice;
import pstudio.ui.alerts.RunProblemCounts;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.explorer.ExplorerView;
import pstudio.ui.output.OutputPanel;
import pstudio.ui.problems.ProblemsPanel;
import pstudio.ui.viewport.PngExport;
import pstudio.ui.viewport.ViewportPanel;
import pstudio.ui.watch.ActorHeatmapModel;
import pstudio.ui.watch.ActorHeatmapPanel;
import pstudio.ui.watch.DispatchHistoryPanel;
import pstudio.ui.watch.RunTraceRecorder;
import pstudio.ui.watch.TimelinePanel;
import pstudio.ui.watch.WatchSelection;
import pstudio.ui.watch.WorkerTimeline;
import pstudio.ui.properties.PropertiesPanel;

/**
 * The studio's main window, laid out as Roblox Studio's: menus and toolbar on top, Explorer on the
 * left, script tabs in the centre over the Output, Properties on the right, status bar below. It owns
 * the open document and hands it to the panels; New and Open replace it.
 */
public final class StudioWindow implements PlaceFiles.Host, RunView {
    static final String TITLE_SUFFIX = " - Parallelizer Studio";

    private final Stage stage;
    private final StudioEnvironment environment;
    private final ObjectProperty<PlaceDocument> document = new SimpleObjectProperty<>();
    private final IntegerProperty workers = new SimpleIntegerProperty();
    private final ExplorerView explorer = new ExplorerView();
    private final PropertiesPanel properties = new PropertiesPanel();
    private final OutputPanel output = new OutputPanel();
    private final EditorTabs editors = new EditorTabs();
    private final ProblemsPanel scriptProblems = new ProblemsPanel();
    private final Tab problemsTab = new Tab("Problems", scriptProblems);
    private final RunProblemCounts problems = new RunProblemCounts();
    /** Engine heap limits offered in Run > Engine Memory. */
    static final int[] ENGINE_MEMORY_CHOICES = {256, 512, 1024, 2048, 4096, 8192};
    private static final String ENGINE_MEMORY = "engine.memoryMegabytes";

    private final SpareEngine engines;
    private final PlaceTrust trust;
    private final RunController runs;
    private final PlaceFiles files;
    private final SplitPane columns = new SplitPane();
    private final SplitPane centre = new SplitPane();
    /** Below the editors: the Output first, then the panels that watch a run. */
    private final TabPane bottomTabs = new TabPane();
    /** On the right: Properties over the panels that show the selected run instance's neighbourhood. */
    private final SplitPane rightColumn = new SplitPane();
    private final WatchSelection watchSelection = new WatchSelection();
    private final WorkerTimeline timeline = new WorkerTimeline();
    private final RunTraceRecorder traceRecorder = new RunTraceRecorder();
    private final ActorHeatmapModel actorHeatmap = new ActorHeatmapModel();
    private final ViewportPanel viewport;
    private final Tab viewportTab;
    private final BorderPane root = new BorderPane();
    private final CrashChainNotice crashChainNotice = new CrashChainNotice(columns);
    private final WindowLayout layout;
    private final StudioMenus menus;
    private final StudioRecovery recovery;
    private Theme theme;

    StudioWindow(Stage stage, StudioEnvironment environment) {
        this.stage = stage;
        this.environment = environment;
        this.engines = new SpareEngine(() -> environment.engineLaunch().apply(engineMemoryMegabytes()));
        this.trust = new PlaceTrust(environment.settings());
        this.runs = new RunController(this, environment.backups(), engines);
        runs.addObserver(timeline);
        runs.addObserver(traceRecorder);
        this.viewport = new ViewportPanel(runs::runImages);
        this.viewportTab = new Tab("Viewport", viewport.node());
        this.files = new PlaceFiles(this, environment);
        this.layout = new WindowLayout(environment.settings(), stage, columns, centre);
        workers.set(Math.max(1, environment.settings().getInt("run.workers", RunOptions.defaultWorkers())));
        workers.addListener((obs, old, n) -> environment.settings().putInt("run.workers", n.intValue()));
        theme = Theme.named(environment.settings().getString("theme", Theme.DARK.name()));

        centre.setOrientation(Orientation.VERTICAL);
        Tab outputTab = new Tab("Output", output);
        outputTab.setClosable(false);
        problemsTab.setClosable(false);
        problemsTab.textProperty().bind(Bindings.createStringBinding(() -> scriptProblems.countProperty().get() == 0
                ? "Problems" : "Problems (" + scriptProblems.countProperty().get() + ")", scriptProblems.countProperty()));
        ActorHeatmapPanel heatmapPanel = new ActorHeatmapPanel(actorHeatmap, watchSelection);
        heatmapPanel.setOnOpenSource(this::openSource);
        heatmapPanel.setOnActorSelected((fullName, actorId) -> {
            explorer.selectRunInstance(fullName);
            output.showWithin(fullName);
        });
        runs.addObserver(actorHeatmap);
        Tab actorsTab = new Tab("Actors", heatmapPanel);
        actorsTab.setClosable(false);
        Tab timelineTab = new Tab("Timeline", new TimelinePanel(timeline, watchSelection));
        timelineTab.setClosable(false);
        DispatchHistoryPanel dispatches = new DispatchHistoryPanel(watchSelection);
        dispatches.setOnOpenSource(this::openSource);
        runs.addObserver(dispatches.observer());
        Tab dispatchesTab = new Tab("Dispatches", dispatches);
        dispatchesTab.setClosable(false);
        bottomTabs.getTabs().addAll(outputTab, problemsTab, actorsTab, dispatchesTab, timelineTab);
        viewportTab.getStyleClass().add("viewport-tab");
        viewport.setOnFirstImage(this::showViewport);
        bottomTabs.getStyleClass().add("bottom-panels");
        centre.getItems().addAll(editors.node(), bottomTabs);
        rightColumn.setOrientation(Orientation.VERTICAL);
        rightColumn.getItems().add(properties);
        columns.getItems().addAll(explorer, centre, rightColumn);
        SplitPane.setResizableWithParent(explorer, false);
        SplitPane.setResizableWithParent(rightColumn, false);
        SplitPane.setResizableWithParent(bottomTabs, false);

        menus = new StudioMenus(this);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        recovery = new StudioRecovery(environment, crashChainNotice.node(), this::warn);
        root.setCenter(recovery.node());
        StudioStatusBar statusBar = new StudioStatusBar(runs, files.openingProperty(), workers, problems, output::showOnly);
        statusBar.showScriptProblems(scriptProblems.countProperty(), () -> bottomTabs.getSelectionModel().select(problemsTab));
        root.setBottom(statusBar.node());
        root.getStyleClass().add("studio-root");

        explorer.setOnOpenScript(script -> editors.open(script, 0));
        output.setOnOpenSource(this::openSource);
        scriptProblems.setOnOpenProblem(this::openSource);
        explorer.runSelectionProperty().addListener((obs, was, now) -> {
            if (runs.phase().isRunning() || now == null) {
                properties.showRunInstance(now);
            }
        });
        // the Output reads a size smaller than code, as at the default zoom (13 and 12 px)
        output.fontSizeProperty().bind(editors.zoomProperty().subtract(1));
        crashChainNotice.setOnOpenSource(this::openSource);

        Scene scene = new Scene(root, layout.width(), layout.height());
        scene.getStylesheets().add(StudioWindow.class.getResource("studio.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::redo);
        acceptDroppedPlaces(scene);
        theme.apply(root);
        stage.setScene(scene);
        layout.restore();
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
    }

    /**
     * Starts opening {@code place}, or the last place, or a copy of the sample, in the background;
     * until it has loaded the window shows an empty place and says what it is opening.
     */
    void openInitial(Path place) {
        show(new PlaceDocument(DataModel.empty(), null));
        files.openAtStart(place);
        recovery.start(document::get, copy -> files.openCopy(copy.file(), copy.placeName()));
    }

    // ---- PlaceFiles.Host ------------------------------------------------------------------------

    @Override
    public PlaceDocument document() {
        return document.get();
    }

    @Override
    public void show(PlaceDocument newDocument) {
        document.set(newDocument);
        menus.bindDocument(newDocument);
        editors.setDocument(newDocument);
        explorer.setDocument(newDocument);
        properties.setDocument(newDocument);
        scriptProblems.setPlace(newDocument.place());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> newDocument.displayName() + (newDocument.isDirty() ? " *" : "") + TITLE_SUFFIX,
                newDocument.dirtyProperty(), newDocument.fileProperty()));
    }

    @Override
    public void commitEdits() {
        editors.commitAll();
    }

    @Override
    public Window window() {
        return stage;
    }

    // ---- RunView --------------------------------------------------------------------------------

    @Override
    public void runStarted(DataModel runPlace) {
        output.clear();
        output.showWithin(null);
        problems.reset();
        crashChainNotice.hide();
        watchSelection.selectDispatch(0); // each run numbers its dispatches from 1: the last run's pick is not this one's
        explorer.showRun(runPlace);
        properties.setEditable(false);
        editors.setEditable(false);
    }

    @Override
    public void output(List<OutputMessage> messages) {
        output.append(messages);
        problems.count(messages);
    }

    @Override
    public void crashChainCaught(CrashChainAlert chain) {
        problems.uncountErrors(output.removeNewest(chain::supersedes));
        crashChainNotice.show(chain);
    }

    @Override
    public boolean confirmUnsandboxedRun(String placeName) {
        Alert ask = new Alert(Alert.AlertType.WARNING, "This Java cannot sandbox scripts (it has no SecurityManager, and"
                + " bwrap is not installed), so nothing stops this place's scripts from using " + Sandbox.ENFORCED
                + ".\n\n" + placeName + " was not created or saved on this machine. Run it only if you trust where it"
                + " came from.", new ButtonType("Run Anyway", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Parallelizer Studio");
        ask.setHeaderText("Run a place from elsewhere without a sandbox?");
        ask.getDialogPane().setMinWidth(520);
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    @Override
    public void runEnded() {
        explorer.endRun();
        properties.showRunInstance(null);
        properties.setEditable(true);
        editors.setEditable(true);
    }

    // ---- actions (menus, toolbar, shortcuts) ----------------------------------------------------

    void run() {
        // a run of a place about to be replaced would leave the run's tree on show
        if (!runs.phase().isRunning() && !files.isOpening()) {
            editors.commitAll();
            runs.start(document.get(), workers.get(), trust.isTrusted(document.get().file()));
        }
    }

    void stop() {
        runs.stop();
    }

    void undo() {
        if (!runs.phase().isRunning()) {
            editors.commitAll();
            explorer.editing().undo();
        }
    }

    void redo() {
        if (!runs.phase().isRunning()) {
            explorer.editing().redo();
        }
    }

    void setTheme(Theme newTheme) {
        theme = newTheme;
        theme.apply(root);
        environment.settings().putString("theme", theme.name());
    }

    /** Closing the window: stop a run, offer to save, remember the layout, then go. */
    void close() {
        runs.stop(() -> {
            if (files.confirmReplace()) {
                files.cancelOpening();
                layout.remember();
                environment.settings().save();
                editors.closeAll();
                scriptProblems.dispose();
                runs.shutdown();
                recovery.stop();
                stage.close();
            }
        });
    }

    /**
     * File > Export Trace: the last run (or the one going on) as Chrome trace-event JSON for
     * Perfetto UI, written in the background; the Output says where it went or why it could not.
     */
    void exportTrace() {
        if (!traceRecorder.hasRun()) {
            Messages.error(stage, "There is no run to export", "Press Run first: Export Trace writes the last run's"
                    + " dispatches and batches, per worker, for Perfetto UI or chrome://tracing.");
            return;
        }
        String name = document.get().displayName();
        Path file = environment.fileDialogs().chooseExport(stage, null, "Export Trace", name + "-trace",
                "Chrome trace JSON", ".json");
        if (file == null) {
            return;
        }
        exportInBackground("trace-export", () -> traceRecorder.export(file, name),
                "Trace written to " + file + ": open it in Perfetto UI (ui.perfetto.dev) or chrome://tracing.",
                "Could not write the trace " + file);
    }

    /** File > Backups…: the place's run backups and recovery copies; the one chosen opens as a new unsaved place. */
    void showBackups() {
        PlaceDocument current = document.get();
        BackupsDialog.choose(stage, current.displayName(),
                        BackupsDialog.entries(current, environment.backups(), recovery.copies()))
                .ifPresent(chosen -> files.openCopy(chosen.file(), current.displayName()));
    }

    /** A warning of the studio's own (a copy it could not write) in the Output. */
    private void warn(String text) {
        output.append(List.of(OutputMessage.of(OutputLevel.WARN, text, null, 0)));
    }

    /** Brings the Viewport tab forward beside the script tabs (a run's first image does, and View > Viewport). */
    void showViewport() {
        javafx.collections.ObservableList<Tab> tabs = editors.tabPane().getTabs();
        if (!tabs.contains(viewportTab)) {
            tabs.add(0, viewportTab);
        }
        editors.tabPane().getSelectionModel().select(viewportTab);
    }

    /** File > Export Image: the Viewport's selected image as a PNG, written in the background. */
    void exportImage() {
        javafx.scene.image.WritableImage pixels = viewport.selectedPixels();
        if (pixels == null) {
            Messages.error(stage, "There is no image to export", "Export Image writes an EditableImage the run drew"
                    + " in its Workspace, as the Viewport shows it. Run a place that draws one first.");
            return;
        }
        String name = viewport.selectedImage().getName();
        Path file = environment.fileDialogs().chooseExport(stage, null, "Export Image", name, "PNG image", ".png");
        if (file == null) {
            return;
        }
        PngExport png = new PngExport(pixels);
        exportInBackground("image-export", () -> png.writeTo(file), "Image written to " + file,
                "Could not write the image " + file);
    }

    /** A file written off the JavaFX thread by an export. */
    private interface ExportWrite {
        void run() throws java.io.IOException;
    }

    /** Runs an export's write in the background; the Output says where it went or why it could not. */
    private void exportInBackground(String threadName, ExportWrite write, String done, String failed) {
        Thread writer = new Thread(() -> {
            String line;
            OutputLevel level = OutputLevel.INFO;
            try {
                write.run();
                line = done;
            } catch (java.io.IOException | RuntimeException e) {
                level = OutputLevel.ERROR;
                line = failed + ": " + (e.getMessage() == null ? "the disk refused it" : e.getMessage());
            }
            OutputMessage message = new OutputMessage(System.currentTimeMillis(), level, line, null, 0, 1, List.of());
            Platform.runLater(() -> output.append(List.of(message)));
        }, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    ViewportPanel viewport() {
        return viewport;
    }

    /** Opens the script that an Output line names, at its line, if the edited place has it. */
    void openSource(String scriptFullName, int line) {
        Optional<Instance> script = PlaceLookup.byFullName(document.get().place(), scriptFullName);
        script.ifPresent(s -> editors.open(s, line));
    }

    private void acceptDroppedPlaces(Scene scene) {
        scene.setOnDragOver(e -> {
            if (droppedPlace(e.getDragboard().getFiles()) != null && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            Path dropped = droppedPlace(e.getDragboard().getFiles());
            e.setDropCompleted(dropped != null);
            e.consume();
            if (dropped != null && !runs.phase().isRunning()) {
                Platform.runLater(() -> files.open(dropped));
            }
        });
    }

    private static Path droppedPlace(List<java.io.File> dropped) {
        return dropped.size() == 1 && dropped.get(0).getName().endsWith(PlaceFile.EXTENSION)
                ? dropped.get(0).toPath() : null;
    }

    // ---- for the menus and for tests --------------------------------------------------------------

    Stage stage() {
        return stage;
    }

    PlaceFiles files() {
        return files;
    }

    RunController runs() {
        return runs;
    }

    EditorTabs editors() {
        return editors;
    }

    ExplorerView explorer() {
        return explorer;
    }

    OutputPanel outputPanel() {
        return output;
    }

    CrashChainNotice crashChainNotice() {
        return crashChainNotice;
    }

    WorkerTimeline timeline() {
        return timeline;
    }

    WatchSelection watchSelection() {
        return watchSelection;
    }

    ProblemsPanel problemsPanel() {
        return scriptProblems;
    }

    TabPane bottomTabs() {
        return bottomTabs;
    }

    StudioRecovery recovery() {
        return recovery;
    }

    PropertiesPanel propertiesPanel() {
        return properties;
    }

    /** Starts the spare engine warming up, so that the first Run is quick. */
    void prepareEngine() {
        engines.prepare();
    }

    int engineMemoryMegabytes() {
        return Math.max(64, environment.settings().getInt(ENGINE_MEMORY, EngineLaunch.DEFAULT_HEAP_MEGABYTES));
    }

    void setEngineMemoryMegabytes(int megabytes) {
        environment.settings().putInt(ENGINE_MEMORY, megabytes);
    }

    IntegerProperty workers() {
        return workers;
    }

    ObjectProperty<PlaceDocument> documentProperty() {
        return document;
    }

    Theme theme() {
        return theme;
    }

    StudioSettings settings() {
        return environment.settings();
    }
}
