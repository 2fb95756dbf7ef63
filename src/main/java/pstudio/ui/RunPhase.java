package pstudio.ui;

/** Where the studio is with running the place, as the toolbar and the status bar show it. */
public enum RunPhase {
    EDITING("Editing"),
    RUNNING("Running"),
    /** Every script has finished or waits on nothing that can still happen; the run stays until Stop. */
    IDLE("Running (idle)"),
    STOPPING("Stopping...");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isRunning() {
        return this != EDITING;
    }
}
