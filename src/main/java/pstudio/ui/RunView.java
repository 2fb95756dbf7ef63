package pstudio.ui;

import java.util.List;
import pstudio.engine.OutputMessage;
import pstudio.place.DataModel;
import pstudio.ui.alerts.CrashChainAlert;

/** What the window shows of a run; called on the JavaFX thread by the {@link RunController}. */
interface RunView {
    /** A run is starting on its own copy of the place; edits are disabled until {@link #runEnded()}. */
    void runStarted(DataModel runPlace);

    /** Output that arrived since the last frame. */
    void output(List<OutputMessage> messages);

    /** The crash-chain guard tripped; the chain's summary is already in the output. */
    void crashChainCaught(CrashChainAlert chain);

    void runEnded();

    /** Asks whether to run a place from elsewhere although no sandbox holds; true to run it. */
    boolean confirmUnsandboxedRun(String placeName);
}
