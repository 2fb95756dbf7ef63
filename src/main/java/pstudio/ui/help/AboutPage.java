package pstudio.ui.help;

import groovy.lang.GroovySystem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Help > About: the studio's version and the versions it runs on, read at run time, not written down. */
final class AboutPage {
    private AboutPage() {
    }

    static String markdown() {
        Runtime runtime = Runtime.getRuntime();
        return "# Parallelizer Studio\n\n"
                + "Version " + studioVersion() + "\n\n"
                + "A sandbox for writing, running and tuning parallel jobs with the Parallelizer API.\n\n"
                + "| | |\n| --- | --- |\n"
                + "| Java | " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ", "
                + System.getProperty("java.vm.name", "") + ") |\n"
                + "| JavaFX | " + System.getProperty("javafx.runtime.version", "unknown") + " |\n"
                + "| Groovy | " + GroovySystem.getVersion() + " |\n"
                + "| System | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch") + ", " + runtime.availableProcessors() + " cores |\n";
    }

    /** The Maven version, written into build.properties when the studio is built. */
    static String studioVersion() {
        Properties build = new Properties();
        try (InputStream in = AboutPage.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource only costs the version line
        }
        return build.getProperty("version", "unknown");
    }
}
