package pstudio.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads and saves .place files: one UTF-8 XML file per place, modelled on Roblox's .rbxlx and laid
 * out so that it diffs well in git. Saving is atomic, and saving a place that was loaded and not
 * changed gives back the same bytes.
 */
public final class PlaceFile {
    /** The version written to {@code <place format="...">}, and the only one read. */
    public static final int FORMAT_VERSION = 1;

    /** The extension of place files, with its dot. */
    public static final String EXTENSION = ".place";

    /**
     * The largest place file that is read (64 MB). A place of 100,000 instances is about 5 MB; the
     * cap keeps a wrong file (a disk image, a log) from filling the heap of the studio.
     */
    public static final int MAX_BYTES = 64 << 20;

    private PlaceFile() {
    }

    /**
     * Reads a place; services the file lacks are added. Every problem, from a missing file to an
     * unknown class, is one exception whose message names the file and, where it has one, the line.
     */
    public static DataModel load(Path file) throws PlaceFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte past the cap: a file that grew since, or a device, is refused too
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new PlaceFileException(name, 0, "no such file", e);
        } catch (IOException e) {
            throw PlaceFileException.io(name, "cannot read the file", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        return fromXml(decodeUtf8(bytes, name), name);
    }

    private static PlaceFileException tooLarge(String name) {
        return new PlaceFileException(name, 0, "the file is over " + (MAX_BYTES >> 20)
                + " MB, the largest place file that can be opened");
    }

    /** Writes the place to {@code file} atomically: on any failure the old file is left as it was. */
    public static void save(DataModel place, Path file) throws PlaceFileException {
        byte[] bytes;
        try {
            bytes = toXml(place).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PlaceFileException(file.toString(), 0, "cannot save: " + e.getMessage(), e);
        }
        try {
            AtomicFileWrite.replace(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw PlaceFileException.io(file.toString(), "cannot save", e);
        }
    }

    /**
     * The place as .place XML, exactly as {@link #save} writes it.
     *
     * @throws IllegalArgumentException if a name or source holds a character XML cannot carry
     *         (a control character other than tab and line breaks, or half a surrogate pair)
     */
    public static String toXml(DataModel place) {
        return PlaceXmlWriter.write(place);
    }

    /** Reads .place XML; {@code sourceName} is the file name that error messages give. */
    public static DataModel fromXml(String xml, String sourceName) throws PlaceFileException {
        String text = xml.startsWith("\uFEFF") ? xml.substring(1) : xml; // editors on Windows add a BOM
        try {
            return PlaceXmlReader.read(text, sourceName);
        } catch (StackOverflowError tooDeep) {
            throw new PlaceFileException(sourceName, 0, "items are nested too deeply to load", null);
        }
    }

    private static String decodeUtf8(byte[] bytes, String name) throws PlaceFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PlaceFileException(name, 0, "the file is not UTF-8 text", e);
        }
    }
}
