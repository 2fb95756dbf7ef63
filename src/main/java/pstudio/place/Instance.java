package pstudio.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A node of the place tree, like a Roblox Instance. Scripts use the PascalCase methods and the
 * bean properties (Name, ClassName, Parent); a child is reached by name as a property
 * ({@code game.ReplicatedStorage}), which Groovy routes to {@link #propertyMissing(String)}.
 *
 * <p>Reads are lock-free and safe from any thread (children are immutable {@link ChildList}
 * snapshots); structural changes take one tree lock so concurrent moves cannot form a cycle.
 * Listeners are told after the change, outside the lock.
 */
public class Instance {
    private static final Object TREE_LOCK = new Object();
    private static final String PARENT = "Parent";

    private final InstanceClass instanceClass;
    private volatile String name;
    private volatile Instance parent;
    private volatile boolean destroyed;
    private volatile ChildList children = ChildList.EMPTY;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    /** Sorted by name, so files list them in a stable order. */
    private final Map<String, Object> attributes = new ConcurrentSkipListMap<>();
    private final List<TreeListener> listeners = new CopyOnWriteArrayList<>();

    protected Instance(String className) {
        this.instanceClass = InstanceClass.of(className);
        this.name = className;
    }

    // ---- properties every instance has -------------------------------------------------------

    public String getName() {
        return name;
    }

    public void setName(String newName) {
        setProperty(InstanceClass.NAME, newName);
    }

    public String getClassName() {
        return instanceClass.name();
    }

    public InstanceClass instanceClass() {
        return instanceClass;
    }

    public Instance getParent() {
        return parent;
    }

    public void setParent(Instance newParent) {
        ScriptHost.current().checkWrite(this, "set the Parent of " + describe());
        reparent(newParent);
    }

    // ---- generic property access (files, the Properties panel, undo) ----------------------------

    /** The value of a property of this class, or an error naming the property and the instance. */
    public Object getProperty(String property) {
        if (InstanceClass.NAME.equals(property)) {
            return name;
        }
        PropertyInfo info = requireProperty(property);
        Object v = values.get(property);
        return v != null ? v : info.defaultValue();
    }

    /** Sets a property after checking its type and the run's rules; tells listeners if it changed. */
    public void setProperty(String property, Object value) {
        PropertyInfo info = requireProperty(property);
        if (info.readOnly()) {
            throw new InstanceException(property + " of " + describe() + " is read-only");
        }
        Object coerced = info.type().coerce(property, value);
        if (InstanceClass.NAME.equals(property)) {
            requireValidName((String) coerced);
        }
        ScriptHost.current().checkWrite(this, "set " + property + " of " + describe());
        Object old = getProperty(property);
        if (Objects.equals(old, coerced)) {
            return;
        }
        if (InstanceClass.NAME.equals(property)) {
            name = (String) coerced;
        } else {
            values.put(property, coerced);
        }
        firePropertyChanged(property, old, coerced);
    }

    private static void requireValidName(String candidate) {
        if (candidate.isEmpty()) {
            throw new InstanceException("Name cannot be empty");
        }
    }

    private PropertyInfo requireProperty(String property) {
        PropertyInfo info = instanceClass.property(property);
        if (info == null) {
            throw new InstanceException(property + " is not a valid member of " + describe());
        }
        return info;
    }

    // ---- attributes: values a user adds to any instance, by name ------------------------------

    /** The attribute's value, or null (nil) if this instance has no such attribute. */
    public Object GetAttribute(String attribute) {
        return attributes.get(attribute);
    }

    /** Every attribute, by name. */
    public Map<String, Object> GetAttributes() {
        return new java.util.LinkedHashMap<>(attributes);
    }

    /** Sets an attribute to a boolean, number or string; nil removes it. */
    public void SetAttribute(String attribute, Object value) {
        Attributes.checkName(attribute);
        Object stored = Attributes.stored(attribute, value);
        ScriptHost.current().checkWrite(this, "set attribute " + attribute + " of " + describe());
        if (stored == null) {
            attributes.remove(attribute);
        } else {
            attributes.put(attribute, stored);
        }
    }

    // ---- the Roblox instance API ------------------------------------------------------------

    public List<Instance> GetChildren() {
        return children.toList();
    }

    /**
     * The children as they are now, read-only and without a copy (later changes are not seen), for
     * code that walks a large tree often (the Explorer).
     */
    public List<Instance> childrenNow() {
        return children.asList();
    }

    /** Every descendant in tree order (depth first, children in order). */
    public List<Instance> GetDescendants() {
        List<Instance> out = new ArrayList<>();
        collectDescendants(out);
        return out;
    }

    private void collectDescendants(List<Instance> out) {
        for (Instance child : children) {
            out.add(child);
            child.collectDescendants(out);
        }
    }

    public Instance FindFirstChild(String childName) {
        return FindFirstChild(childName, false);
    }

    public Instance FindFirstChild(String childName, boolean recursive) {
        for (Instance child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        if (recursive) {
            for (Instance child : children) {
                Instance found = child.FindFirstChild(childName, true);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public Instance FindFirstChildOfClass(String className) {
        for (Instance child : children) {
            if (child.getClassName().equals(className)) {
                return child;
            }
        }
        return null;
    }

    public Instance FindFirstChildWhichIsA(String className) {
        for (Instance child : children) {
            if (child.IsA(className)) {
                return child;
            }
        }
        return null;
    }

    public Instance FindFirstAncestor(String ancestorName) {
        for (Instance a = parent; a != null; a = a.parent) {
            if (a.name.equals(ancestorName)) {
                return a;
            }
        }
        return null;
    }

    public Instance FindFirstAncestorWhichIsA(String className) {
        for (Instance a = parent; a != null; a = a.parent) {
            if (a.IsA(className)) {
                return a;
            }
        }
        return null;
    }

    /** Waits without limit for a child of that name; in a run, other scripts go on meanwhile. */
    public Instance WaitForChild(String childName) {
        return WaitForChild(childName, -1);
    }

    /** Waits at most {@code timeoutSeconds} for a child of that name; null if none came. */
    public Instance WaitForChild(String childName, Number timeoutSeconds) {
        Instance found = FindFirstChild(childName);
        if (found != null) {
            return found;
        }
        CompletableFuture<Instance> arrived = new CompletableFuture<>();
        TreeListener watcher = new TreeListener() {
            @Override
            public void childAdded(Instance p, Instance child) {
                if (p == Instance.this && child.name.equals(childName)) {
                    arrived.complete(child);
                }
            }

            @Override
            public void propertyChanged(Instance inst, String property, Object oldValue, Object newValue) {
                if (inst.parent == Instance.this && InstanceClass.NAME.equals(property) && childName.equals(newValue)) {
                    arrived.complete(inst);
                }
            }
        };
        addTreeListener(watcher);
        try {
            Instance raced = FindFirstChild(childName);
            if (raced != null) {
                return raced;
            }
            return ScriptHost.current().await(arrived, timeoutSeconds.doubleValue());
        } finally {
            removeTreeListener(watcher);
        }
    }

    /** The nearest ancestor Actor, or null outside one (Roblox's {@code script:GetActor()}). */
    public Actor GetActor() {
        for (Instance a = parent; a != null; a = a.parent) {
            if (a instanceof Actor actor) {
                return actor;
            }
        }
        return null;
    }

    public boolean IsA(String className) {
        return instanceClass.isA(className);
    }

    public boolean IsDescendantOf(Instance ancestor) {
        for (Instance a = parent; a != null; a = a.parent) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    public boolean IsAncestorOf(Instance descendant) {
        return descendant != null && descendant.IsDescendantOf(this);
    }

    /** Dotted path from the first service down, e.g. {@code ServerScriptService.Master.Job}. */
    public String GetFullName() {
        List<String> parts = new ArrayList<>();
        for (Instance i = this; i != null && !(i instanceof DataModel); i = i.parent) {
            parts.add(i.name);
        }
        Collections.reverse(parts);
        return String.join(".", parts);
    }

    /** A deep copy without a parent. */
    public Instance Clone() {
        ScriptHost.current().checkWrite(this, "clone " + describe());
        return copyTree();
    }

    /** Copies this subtree; used by Clone and by the engine when it takes a copy of a place to run. */
    public Instance copyTree() {
        return copyTree(original -> { });
    }

    /**
     * Copies this subtree and shows {@code eachOriginal} every instance copied, depth first, in the
     * order of the copy: a caller numbering the instances gets numbers that match the copy exactly,
     * even while other threads change the tree.
     */
    public Instance copyTree(java.util.function.Consumer<Instance> eachOriginal) {
        eachOriginal.accept(this);
        Instance copy = instanceClass.create();
        copy.name = name;
        copy.values.putAll(values);
        copy.attributes.putAll(attributes);
        ChildList originals = children;
        Instance[] copies = new Instance[originals.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = originals.get(i).copyTree(eachOriginal);
            copies[i].parent = copy;
        }
        copy.children = ChildList.adopt(copies);
        return copy;
    }

    /** Removes this instance from the tree for good; its Parent is locked afterwards. */
    /** A second Destroy does nothing, as in Roblox. */
    public void Destroy() {
        if (destroyed) {
            return;
        }
        ScriptHost.current().checkWrite(this, "destroy " + describe());
        if (this instanceof Service || this instanceof DataModel) {
            throw new InstanceException("Cannot destroy " + describe());
        }
        Instance formerParent = parent;
        reparent(null);
        markDestroyed();
        if (formerParent != null) {
            for (Instance i = formerParent; i != null; i = i.parent) {
                for (TreeListener l : i.listeners) {
                    l.destroyed(formerParent, this);
                }
            }
        }
    }

    private void markDestroyed() {
        destroyed = true;
        for (Instance child : children) {
            child.markDestroyed();
        }
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    /**
     * Destroys every child, as Destroy on each would, but in one change of the list: one by one, each
     * removal would copy the rest, which for a folder of 100,000 children is billions of copies.
     */
    public void ClearAllChildren() {
        ScriptHost.current().checkWrite(this, "clear the children of " + describe());
        List<Instance> removed;
        synchronized (TREE_LOCK) {
            removed = children.toList();
            for (Instance child : removed) {
                if (child instanceof Service) {
                    throw new InstanceException("Cannot destroy " + child.describe());
                }
            }
            children = ChildList.EMPTY;
            for (Instance child : removed) {
                child.parent = null;
                child.markDestroyed();
            }
        }
        for (Instance child : removed) {
            fireChildRemoved(child);
        }
    }

    // ---- children by name, as Luau does it ----------------------------------------------------

    /** Groovy calls this for {@code instance.SomeName}: the child of that name, or a clear error. */
    public Object propertyMissing(String member) {
        Instance child = FindFirstChild(member);
        if (child == null) {
            throw new InstanceException(member + " is not a valid member of " + describe());
        }
        return child;
    }

    /**
     * Groovy calls this for {@code instance.Unknown = value}, and also when a property's setter exists
     * but the value has the wrong type ({@code script.Disabled = 'yes'}): that must say so, not call
     * Disabled unknown.
     */
    public void propertyMissing(String member, Object value) {
        if (PARENT.equals(member)) {
            // Groovy names setParent's property "parent", so "x.Parent = y" lands here
            if (value != null && !(value instanceof Instance)) {
                throw new InstanceException("Parent must be an Instance or nil, not " + shownValue(value));
            }
            setParent((Instance) value);
            return;
        }
        if (instanceClass.property(member) != null) {
            setProperty(member, value);
            return;
        }
        throw new InstanceException(member + " is not a valid member of " + describe());
    }

    /**
     * Groovy calls this for {@code instance.Unknown()}: Roblox's wording, with the instance named.
     * For a method that exists but got the wrong arguments, the engine words the error from
     * {@link WrongArguments}.
     */
    public Object methodMissing(String member, Object args) {
        for (java.lang.reflect.Method m : getClass().getMethods()) {
            if (m.getName().equals(member)) {
                throw new WrongArguments(getClass(), member, args instanceof Object[] a ? a : new Object[] {args});
            }
        }
        throw new InstanceException(member + " is not a valid member of " + describe());
    }

    /** {@code number 5}, {@code string 'x'}: a value as error messages show it. */
    private static String shownValue(Object value) {
        if (value instanceof CharSequence) {
            return "string '" + value + "'";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return (value instanceof Number ? "number " : "boolean ") + value;
        }
        return value instanceof Instance i ? i.describe() : "a " + value.getClass().getSimpleName();
    }

    /** "Script ServerScriptService.Master": class and full name, the way error messages name an instance. */
    public String describe() {
        return getClassName() + " " + GetFullName();
    }

    // ---- structure ----------------------------------------------------------------------------

    /** Moves this instance under {@code newParent} (null detaches it), refusing cycles and locked parents. */
    protected void reparent(Instance newParent) {
        reparent(newParent, -1);
    }

    private void reparent(Instance newParent, int index) {
        Instance oldParent;
        synchronized (TREE_LOCK) {
            if (destroyed) {
                throw new InstanceException("The Parent property of " + name + " is locked");
            }
            if (newParent == this || (newParent != null && newParent.IsDescendantOf(this))) {
                throw new InstanceException("Attempt to set parent of " + GetFullName() + " to "
                        + newParent.GetFullName() + " would result in circular reference");
            }
            if (newParent != null && newParent.destroyed) {
                throw new InstanceException("Cannot parent " + name + " to destroyed " + newParent.name);
            }
            checkParentAllowed(newParent);
            oldParent = parent;
            if (oldParent == newParent && index < 0) {
                return;
            }
            if (oldParent != null) {
                oldParent.children = oldParent.children.without(this);
            }
            parent = newParent;
            if (newParent != null) {
                ChildList siblings = newParent.children;
                newParent.children = index < 0 || index >= siblings.size()
                        ? siblings.append(this) : siblings.insert(index, this);
            }
        }
        if (oldParent != null) {
            oldParent.fireChildRemoved(this);
        }
        if (newParent != null) {
            newParent.fireChildAdded(this);
        }
    }

    /** Subclasses refuse parents they cannot live under (services stay under the DataModel). */
    protected void checkParentAllowed(Instance newParent) {
        if (newParent instanceof DataModel && !(this instanceof Service)) {
            throw new InstanceException("Only services can be children of the DataModel");
        }
    }

    /** Inserts {@code child} at {@code index} among this instance's children (undo of delete, drag and drop). */
    public void insertChild(int index, Instance child) {
        ScriptHost.current().checkWrite(child, "move " + child.describe());
        child.reparent(this, Math.max(0, index));
    }

    public int indexOfChild(Instance child) {
        return children.indexOf(child);
    }

    public int childCount() {
        return children.size();
    }

    /**
     * Appends {@code child} while one thread builds a tree that nobody else sees yet (a place being
     * read from a file): no lock, no cycle check and no listeners, so a folder of 100,000 children
     * loads in linear time. The caller has checked that the child may stand there.
     */
    void appendWhileBuilding(Instance child) {
        child.parent = this;
        children = children.append(child);
    }

    /** The properties set on this instance (not the defaults), for a codec to write. */
    Map<String, Object> storedValues() {
        return Collections.unmodifiableMap(values);
    }

    /** Stores a property of a tree being built, without checks or events; the codec read a value it wrote. */
    void storeWhileBuilding(String property, Object value) {
        values.put(property, value);
    }

    /** The attributes, by name, for a codec to write. */
    Map<String, Object> storedAttributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Stores an attribute of a tree being built; the caller has checked its name and value. */
    void storeAttributeWhileBuilding(String attribute, Object value) {
        attributes.put(attribute, value);
    }

    /** Names an instance of a tree being built, as {@link #setName} would, without its events. */
    void nameWhileBuilding(String newName) {
        requireValidName(newName);
        name = newName;
    }

    // ---- listeners ----------------------------------------------------------------------------

    /** Observes this instance and every descendant, including ones added later. */
    public void addTreeListener(TreeListener listener) {
        listeners.add(listener);
    }

    public void removeTreeListener(TreeListener listener) {
        listeners.remove(listener);
    }

    private void fireChildAdded(Instance child) {
        for (Instance i = this; i != null; i = i.parent) {
            for (TreeListener l : i.listeners) {
                l.childAdded(this, child);
            }
        }
    }

    private void fireChildRemoved(Instance child) {
        for (Instance i = this; i != null; i = i.parent) {
            for (TreeListener l : i.listeners) {
                l.childRemoved(this, child);
            }
        }
    }

    protected void firePropertyChanged(String property, Object oldValue, Object newValue) {
        for (Instance i = this; i != null; i = i.parent) {
            for (TreeListener l : i.listeners) {
                l.propertyChanged(this, property, oldValue, newValue);
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
