package pstudio.ui.alerts;

import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

/**
 * How many errors and warnings this run has put in the Output (repeats counted), for the status
 * bar. Only the run's own messages count, so clearing the Output does not reset them; the next run does.
 * Used on the JavaFX thread.
 */
public final class RunProblemCounts {
    private final ReadOnlyLongWrapper errors = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper warnings = new ReadOnlyLongWrapper();

    public void count(List<OutputMessage> messages) {
        long newErrors = 0;
        long newWarnings = 0;
        for (OutputMessage m : messages) {
            if (m.level() == OutputLevel.ERROR) {
                newErrors += Math.max(1, m.count());
            } else if (m.level() == OutputLevel.WARN) {
                newWarnings += Math.max(1, m.count());
            }
        }
        errors.set(errors.get() + newErrors);
        warnings.set(warnings.get() + newWarnings);
    }

    /** An error that another entry now stands for (a crash chain's first failure) is not counted twice. */
    public void uncountErrors(long folded) {
        errors.set(Math.max(0, errors.get() - folded));
    }

    public void reset() {
        errors.set(0);
        warnings.set(0);
    }

    public ReadOnlyLongProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }
}
