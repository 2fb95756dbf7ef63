package pstudio.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Describes a class of instance: its name, its superclass (for IsA), whether it is a service,
 * whether scripts may create it, and its properties in the stable order used by files and the UI.
 */
public final class InstanceClass {
    public static final String NAME = "Name";
    public static final String SOURCE = "Source";
    public static final String DISABLED = "Disabled";

    private static final Map<String, InstanceClass> BY_NAME = new LinkedHashMap<>();

    private final String name;
    private final InstanceClass superclass;
    private final boolean service;
    private final boolean creatable;
    private final List<PropertyInfo> properties;
    private final Supplier<Instance> factory;

    static {
        InstanceClass instance = define("Instance", null, false, false, List.of(), null);
        InstanceClass container = define("LuaSourceContainer", instance, false, false,
                List.of(new PropertyInfo(SOURCE, PropertyType.STRING, "", false)), null);
        InstanceClass script = define("Script", container, false, true,
                List.of(new PropertyInfo(DISABLED, PropertyType.BOOL, Boolean.FALSE, false)), Script::new);
        define("LocalScript", script, false, true, List.of(), LocalScript::new);
        define("ModuleScript", container, false, true, List.of(), ModuleScript::new);
        define("Folder", instance, false, true, List.of(), Folder::new);
        define("Actor", instance, false, true, List.of(), Actor::new);
        define("BindableEvent", instance, false, true, List.of(), BindableEvent::new);
        define("EditableImage", instance, false, true, List.of(), EditableImage::new);
        define("DataModel", instance, false, false, List.of(), DataModel::new);
        define(RunService.CLASS_NAME, instance, false, false, List.of(), null);
        for (String service : DataModel.SERVICES) {
            define(service, instance, true, false, List.of(), () -> new Service(service));
        }
    }

    private InstanceClass(String name, InstanceClass superclass, boolean service, boolean creatable,
                          List<PropertyInfo> own, Supplier<Instance> factory) {
        this.name = name;
        this.superclass = superclass;
        this.service = service;
        this.creatable = creatable;
        this.factory = factory;
        List<PropertyInfo> all = new ArrayList<>();
        all.add(new PropertyInfo(NAME, PropertyType.STRING, name, false));
        if (superclass != null) {
            all.addAll(superclass.properties.subList(1, superclass.properties.size()));
        }
        all.addAll(own);
        this.properties = Collections.unmodifiableList(all);
    }

    private static InstanceClass define(String name, InstanceClass superclass, boolean service, boolean creatable,
                                        List<PropertyInfo> own, Supplier<Instance> factory) {
        InstanceClass c = new InstanceClass(name, superclass, service, creatable, own, factory);
        BY_NAME.put(name, c);
        return c;
    }

    /** The class with that name, or null if there is none. */
    public static InstanceClass find(String name) {
        return BY_NAME.get(name);
    }

    /** The class with that name, or an error that names it. */
    public static InstanceClass of(String name) {
        InstanceClass c = BY_NAME.get(name);
        if (c == null) {
            throw new InstanceException("Unknown class '" + name + "'");
        }
        return c;
    }

    /** Classes a user can insert into a place (the Insert Object list and Instance.new). */
    public static List<InstanceClass> creatableClasses() {
        return BY_NAME.values().stream().filter(c -> c.creatable).toList();
    }

    /** Every class that can appear in a place file. */
    public static List<InstanceClass> concreteClasses() {
        return BY_NAME.values().stream().filter(c -> c.factory != null).toList();
    }

    public String name() {
        return name;
    }

    public InstanceClass superclass() {
        return superclass;
    }

    public boolean isService() {
        return service;
    }

    public boolean isCreatable() {
        return creatable;
    }

    public List<PropertyInfo> properties() {
        return properties;
    }

    public PropertyInfo property(String propertyName) {
        for (PropertyInfo p : properties) {
            if (p.name().equals(propertyName)) {
                return p;
            }
        }
        return null;
    }

    public boolean isA(String className) {
        for (InstanceClass c = this; c != null; c = c.superclass) {
            if (c.name.equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** A new, parentless instance of this class with default property values. */
    public Instance create() {
        if (factory == null) {
            throw new InstanceException("Cannot create an instance of abstract class " + name);
        }
        return factory.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
