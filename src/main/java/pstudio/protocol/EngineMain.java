package pstudio.protocol;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;

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
        int status = new EngineServer(in, protocolOut, log, sandboxed).serve();
        log.flush();
        Runtime.getRuntime().halt(status);
    }
}
