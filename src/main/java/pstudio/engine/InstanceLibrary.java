package pstudio.engine;

import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.ScriptHost;

/** The {@code Instance} global: {@code Instance.new(className, parent = null)}. */
final class InstanceLibrary extends ScriptLibrary {
    InstanceLibrary() {
        super("Instance");
    }

    @Override
    public Object call(String method, Object[] args) {
        if (!"new".equals(method)) {
            throw unknown(method);
        }
        if (!(arg(args, 0) instanceof CharSequence className)) {
            throw badArgument(1, "new", "string", arg(args, 0));
        }
        InstanceClass c = InstanceClass.find(className.toString());
        if (c == null || !c.isCreatable()) {
            throw new ScriptError("Unable to create an Instance of type \"" + className + "\"");
        }
        Object parent = arg(args, 1);
        if (parent != null && !(parent instanceof Instance)) {
            throw badArgument(2, "new", "Instance", parent);
        }
        Instance created = c.create();
        ScriptHost.current().checkWrite(created, "create a " + className);
        if (parent != null) {
            created.setParent((Instance) parent);
        }
        return created;
    }
}
