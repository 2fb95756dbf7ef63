package pstudio.engine.datatypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import pstudio.engine.ScriptError;
import pstudio.engine.ScriptLibrary;

/**
 * A datatype's global, as in Roblox: {@code Vector3.new(1, 2, 3)} calls a constructor,
 * {@code Vector3.zero} reads a constant. Read-only, like Roblox's.
 */
final class DatatypeLibrary extends ScriptLibrary {
    private final String name;
    private final Map<String, Object> constants = new LinkedHashMap<>();
    private final Map<String, Function<Object[], Object>> constructors = new LinkedHashMap<>();

    DatatypeLibrary(String name) {
        super(name);
        this.name = name;
    }

    DatatypeLibrary constant(String member, Object value) {
        constants.put(member, value);
        return this;
    }

    DatatypeLibrary constructor(String member, Function<Object[], Object> body) {
        constructors.put(member, body);
        return this;
    }

    @Override
    public Object call(String method, Object[] args) {
        Function<Object[], Object> body = constructors.get(method);
        if (body == null) {
            throw unknown(method);
        }
        return body.apply(args == null ? new Object[0] : args);
    }

    @Override
    public Object getProperty(String member) {
        if (constants.containsKey(member)) {
            return constants.get(member);
        }
        throw unknown(member);
    }

    @Override
    public void setProperty(String member, Object value) {
        throw new ScriptError(member + " cannot be assigned to: " + name + " is read-only");
    }
}
