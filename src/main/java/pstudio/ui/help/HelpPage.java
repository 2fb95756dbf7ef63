package pstudio.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pages of the Help window, in the order its list shows them. */
public enum HelpPage {
    GUIDE("Parallelizer Guide", "guide.md"),
    API("Scripting API", "api.md"),
    SHORTCUTS("Keyboard Shortcuts", "shortcuts.md"),
    LUAU("Differences from Luau", "luau.md"),
    ABOUT("About", null);

    private final String title;
    private final String resource;

    HelpPage(String title, String resource) {
        this.title = title;
        this.resource = resource;
    }

    public String title() {
        return title;
    }

    /** The page's own Markdown, shipped as a resource beside this class; empty for a page made at run time. */
    String markdown() {
        if (resource == null) {
            return "";
        }
        try (InputStream in = HelpPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("help page missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return title;
    }
}
