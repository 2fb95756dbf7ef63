package pstudio.protocol;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import pstudio.engine.GlobalLibrary;

/**
 * The main class of an engine process, started by {@link EngineProcess}. Its stdin and stdout
 * carry the protocol and nothing else: whatever else writes to System.out lands in stderr, which
 * the client keeps for diagnosis.
 */
public final class EngineMain {
    private EngineMain() {
    }

    public static void main(String[] args) {
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        PrintStream log = System.err;
        System.setOut(log);
        // before any of a place's code is compiled or run; a Java without it still runs, as the studio was told
        boolean sandboxed = !Boolean.getBoolean(EngineLaunch.NO_SANDBOX_PROPERTY) && Sandbox.install();
        if (!sandboxed) {
            log.println("warning: this Java cannot sandbox scripts, so nothing keeps them from " + Sandbox.ENFORCED);
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        int status = new EngineServer(in, protocolOut, log, sandboxed, extraLibraries()).serve();
        log.flush();
        Runtime.getRuntime().halt(status);
    }

    /** The globals {@link EngineLaunch#withLibraries} names: application classes, never a place's. */
    private static List<GlobalLibrary> extraLibraries() {
        List<GlobalLibrary> libraries = new ArrayList<>();
        String names = System.getProperty(EngineLaunch.LIBRARIES_PROPERTY, "");
        for (String name : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                libraries.add((GlobalLibrary) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("the engine cannot make the library " + name + ": " + e, e);
            }
        }
        return libraries;
    }
}
