package pstudio.place;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * A place file that could not be read or written. The message is meant for the user as it is: it
 * starts with the file and, where the problem has one, the line ({@code broken.place:12: unknown
 * class 'Foldr'}).
 */
public class PlaceFileException extends Exception {
    private final String file;
    private final int line;

    /** A problem at {@code line} (1-based) of {@code file}; a line below 1 means the whole file. */
    public PlaceFileException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public PlaceFileException(String file, int line, String problem, Throwable cause) {
        super((line > 0 ? file + ":" + line : file) + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file as the caller named it (a path, or the name given to {@code fromXml}). */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** "{@code file: cannot save: permission denied}": what was being done, and why it failed. */
    static PlaceFileException io(String file, String doing, IOException e) {
        return new PlaceFileException(file, 0, doing + ": " + reason(e), e);
    }

    /** File errors often carry only the path as their message; their class then says what went wrong. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            return e.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
        }
        return String.valueOf(e.getMessage());
    }
}
