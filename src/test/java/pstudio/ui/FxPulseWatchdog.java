package pstudio.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the JavaFX thread goes without a pulse: an animation timer asks for a pulse
 * every frame, so the longest gap between two of its calls is the longest the window could not
 * draw or answer input. Start and stop it on the JavaFX thread.
 */
final class FxPulseWatchdog {
    private long lastPulse;
    private long longestGap;
    private long pulses;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long at = System.nanoTime();
            if (lastPulse != 0) {
                longestGap = Math.max(longestGap, at - lastPulse);
            }
            lastPulse = at;
            pulses++;
        }
    };

    void start() {
        lastPulse = 0;
        longestGap = 0;
        pulses = 0;
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    long longestGapMillis() {
        return longestGap / 1_000_000;
    }

    long pulses() {
        return pulses;
    }
}
