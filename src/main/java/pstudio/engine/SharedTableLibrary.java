package pstudio.engine;

import groovy.lang.Closure;

/** The {@code SharedTable} global: {@code new}, {@code size}, {@code clone}, {@code update}, ... */
final class SharedTableLibrary extends ScriptLibrary {
    SharedTableLibrary() {
        super("SharedTable");
    }

    @Override
    public Object call(String method, Object[] args) {
        switch (method) {
            case "new":
                return SharedTable.from(arg(args, 0));
            case "size":
                return table(args, "size(t)").size();
            case "clear":
                table(args, "clear(t)").clear();
                return null;
            case "clone":
                return table(args, "clone(t, deep)").copy(Boolean.TRUE.equals(arg(args, 1)), false);
            case "cloneAndFreeze":
                return table(args, "cloneAndFreeze(t, deep)").copy(Boolean.TRUE.equals(arg(args, 1)), true);
            case "isFrozen":
                return table(args, "isFrozen(t)").isFrozen();
            case "update":
                if (!(arg(args, 2) instanceof Closure<?> fn)) {
                    throw badArgument(3, "update", "function", arg(args, 2));
                }
                table(args, "update(t, key) { old -> new }").update(arg(args, 1), fn);
                return null;
            case "increment":
                if (!(arg(args, 2) instanceof Number delta)) {
                    throw badArgument(3, "increment", "number", arg(args, 2));
                }
                return table(args, "increment(t, key, delta)").increment(arg(args, 1), delta);
            default:
                throw unknown(method);
        }
    }

    private SharedTable table(Object[] args, String signature) {
        if (arg(args, 0) instanceof SharedTable t) {
            return t;
        }
        throw badArgument(1, signature.substring(0, signature.indexOf('(')), "SharedTable", arg(args, 0));
    }
}
