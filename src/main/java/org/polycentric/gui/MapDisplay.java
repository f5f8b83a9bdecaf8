package org.polycentric.gui;

import javax.swing.Timer;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The map's Display2D, redrawn at most {@link #FRAMES_PER_SECOND} times a second however fast the
 * model steps. MASON redraws a display after every step, and paints while holding the schedule's
 * lock, so with thousands of cities the model would wait for the screen (a 10,000-city weekly run
 * stepped about 19 times a second, against about 100 with the map hidden). A timer draws the last
 * state once the model stops or pauses, so the map never shows an older step than the Console.
 */
final class MapDisplay extends Display2D {
    private static final long serialVersionUID = 1L;
    static final int FRAMES_PER_SECOND = 10;
    private static final long FRAME_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;

    private final transient GUIState gui;
    private long lastFrame = System.nanoTime() - FRAME_NANOS;
    private volatile long drawnSteps = -1;
    private final Timer catchUp;

    MapDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        this.gui = gui;
        catchUp = new Timer((int) (FRAME_NANOS / 1_000_000) * 2, e -> {
            long steps = gui.state.schedule.getSteps();
            if (steps != drawnSteps) {
                drawnSteps = steps;
                insideDisplay.repaint();
            }
        });
        catchUp.start();
    }

    /** Called by the model's thread after each step: a frame only if the last one is old enough. */
    @Override
    public boolean shouldUpdate() {
        long now = System.nanoTime();
        if (now - lastFrame < FRAME_NANOS || !super.shouldUpdate()) {
            return false;
        }
        lastFrame = now;
        drawnSteps = gui.state.schedule.getSteps();
        return true;
    }

    /** The model step the map last drew (or asked to draw). */
    long drawnSteps() {
        return drawnSteps;
    }

    /** Stops the catch-up timer (the window is closing). */
    void stopTimer() {
        catchUp.stop();
    }
}
