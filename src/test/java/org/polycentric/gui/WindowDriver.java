package org.polycentric.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.polycentric.scenario.ScenarioException;
import sim.display.Console;

/**
 * Drives the real window on a (virtual) display as a user would: opens it over a scenario file,
 * presses play, pauses at a step, switches the Console's tabs, ticks boxes, and takes screenshots
 * of the screen with {@link Robot}. For the window smoke test and for the guide's screenshots.
 */
final class WindowDriver {
    final PolycentricWithUI ui;
    final Console console;

    private WindowDriver(PolycentricWithUI ui, Console console) {
        this.ui = ui;
        this.console = console;
    }

    static WindowDriver open(Path scenario, List<String> overrides) throws Exception {
        PolycentricWithUI ui;
        try {
            ui = PolycentricWithUI.fromFile(scenario, overrides);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set((Console) ui.createController()));
        WindowDriver driver = new WindowDriver(ui, console.get());
        driver.settle();
        return driver;
    }

    /** Plays until the model has taken {@code steps} steps (or reached its end), then pauses there. */
    void playTo(long steps) throws Exception {
        onSwing(() -> {
            console.setWhenShouldPause(steps);
            console.pressPlay();
        });
        waitFor(() -> ui.model().finished() || ui.state.schedule.getSteps() >= steps
                && console.getPlayState() != Console.PS_PLAYING, 120);
        settle();
    }

    /** Plays to the end of the scenario's period. */
    void playToEnd() throws Exception {
        onSwing(console::pressPlay);
        waitFor(() -> ui.model().finished() && console.getPlayState() != Console.PS_PLAYING, 120);
        settle();
    }

    void stop() throws Exception {
        onSwing(console::pressStop);
        settle();
    }

    /** Shows one of the Console's tabs ("Console", "Displays", "Inspectors", "Model", "About"). */
    void showTab(String title) throws Exception {
        onSwing(() -> {
            for (JTabbedPane tabs : find(console, JTabbedPane.class)) {
                for (int i = 0; i < tabs.getTabCount(); i++) {
                    if (tabs.getTitleAt(i).equals(title)) {
                        tabs.setSelectedIndex(i);
                    }
                }
            }
        });
        settle();
    }

    /** Double-clicks the map where a city is drawn, as a user inspecting it would. */
    void doubleClickCity(int city) throws Exception {
        var cities = ui.model().world().cities();
        sim.util.Double2D at = CityMapPortrayal.location(cities.lon[city], cities.lat[city]);
        Rectangle map = onScreen(ui.display().insideDisplay);
        AtomicReference<java.awt.Dimension> size = new AtomicReference<>();
        onSwing(() -> size.set(new java.awt.Dimension((int) ui.display().insideDisplay.width,
                (int) ui.display().insideDisplay.height)));
        // MASON centres the map in its component when the component is the larger
        double left = map.x + Math.max(0, (map.width - size.get().width) / 2.0);
        double top = map.y + Math.max(0, (map.height - size.get().height) / 2.0);
        int x = (int) Math.round(left + at.x * size.get().width / CityMapPortrayal.WIDTH);
        int y = (int) Math.round(top + at.y * size.get().height / CityMapPortrayal.HEIGHT);
        Robot robot = new Robot();
        robot.mouseMove(x, y);
        for (int click = 0; click < 2; click++) {
            robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        }
        settle();
    }

    /** The titles of the inspectors the Console shows. */
    List<String> inspectorTitles() throws Exception {
        List<String> titles = new ArrayList<>();
        onSwing(() -> {
            for (Object o : console.getAllInspectors()) {
                titles.add(String.valueOf(((sim.portrayal.Inspector) o).getTitle()));
            }
        });
        return titles;
    }

    void showTies(boolean shown) throws Exception {
        onSwing(() -> ui.footer().setTiesShown(shown));
        settle();
    }

    /**
     * Presses a chart's Export button and answers the file dialog with {@code file}, as a user
     * would; returns once the dialog has closed.
     */
    void exportChart(String chart, Path file) throws Exception {
        AtomicReference<javax.swing.JButton> button = new AtomicReference<>();
        onSwing(() -> button.set(find(ui.charts().chart(chart).component(), javax.swing.JButton.class).get(0)));
        SwingUtilities.invokeLater(button.get()::doClick); // the dialog is modal: do not wait for it here
        AtomicReference<javax.swing.JFileChooser> chooser = new AtomicReference<>();
        waitFor(() -> {
            try {
                onSwing(() -> {
                    for (java.awt.Window window : java.awt.Window.getWindows()) {
                        if (window.isShowing() && window instanceof javax.swing.JDialog) {
                            find(window, javax.swing.JFileChooser.class).forEach(chooser::set);
                        }
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return chooser.get() != null;
        }, 30);
        onSwing(() -> {
            chooser.get().setSelectedFile(file.toAbsolutePath().toFile());
            chooser.get().approveSelection();
        });
        settle();
    }

    /** Everything of a type inside a component, depth first. */
    static <T> List<T> find(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                found.addAll(find(child, type));
            }
        }
        return found;
    }

    /** The screen area of a component. */
    static Rectangle onScreen(Component c) throws Exception {
        AtomicReference<Rectangle> r = new AtomicReference<>();
        onSwing(() -> r.set(new Rectangle(c.getLocationOnScreen(), c.getSize())));
        return r.get();
    }

    /** A screenshot of part of the screen. */
    static BufferedImage capture(Rectangle area) throws Exception {
        return new Robot().createScreenCapture(area);
    }

    /** A screenshot of the whole screen. */
    static BufferedImage captureScreen() throws Exception {
        return capture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
    }

    static void write(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** Pixels of the image that are not white. */
    static int inked(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return n;
    }

    /** Pixels of the image within a small distance of a colour. */
    static int pixelsOf(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = Math.abs(((rgb >> 16) & 0xFF) - colour.getRed());
                int dg = Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen());
                int db = Math.abs((rgb & 0xFF) - colour.getBlue());
                n += dr + dg + db <= 12 ? 1 : 0;
            }
        }
        return n;
    }

    /** Lets the Swing thread and the displays catch up. */
    void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            onSwing(() -> { });
            Thread.sleep(300);
        }
    }

    static void onSwing(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private static void waitFor(Supplier<Boolean> condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting after " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }
}
