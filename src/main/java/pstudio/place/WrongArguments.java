package pstudio.place;

/** A method of an instance called with arguments none of its forms takes; the engine words the message. */
public final class WrongArguments extends InstanceException {
    private final transient Class<?> type;
    private final String method;
    private final transient Object[] arguments;

    WrongArguments(Class<?> type, String method, Object[] arguments) {
        super("invalid arguments to '" + method + "'");
        this.type = type;
        this.method = method;
        this.arguments = arguments.clone();
    }

    public Class<?> type() {
        return type;
    }

    public String method() {
        return method;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
