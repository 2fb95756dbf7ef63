package pstudio.protocol;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test runs with the sandbox in place, as the runner and the studio do: registered for all
 * test classes through junit-platform.properties and META-INF/services.
 */
public final class SandboxedTests implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Sandbox.install()) {
            throw new IllegalStateException("the tests need a Java with SecurityManager support (17 to 23)"
                    + " started with -Djava.security.manager=allow");
        }
    }
}
