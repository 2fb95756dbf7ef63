package pstudio.engine;

import groovy.lang.GroovySystem;
import groovy.lang.MetaClassRegistry;
import groovy.lang.MetaClassRegistryChangeEvent;
import groovy.lang.MetaClassRegistryChangeEventListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a run's scripts change in the metaclasses of classes ({@code String.metaClass.shout = ...})
 * lives in Groovy's registry, which the whole JVM shares. The classes changed while a run is live
 * get their default metaclass back when it stops, so the next run in this process starts clean.
 */
final class MetaClassChanges {
    private static final Set<MetaClassChanges> LIVE = ConcurrentHashMap.newKeySet();
    private static final MetaClassRegistryChangeEventListener LISTENER = MetaClassChanges::changed;
    private static boolean listening;
    private final Set<Class<?>> changed = ConcurrentHashMap.newKeySet();

    private MetaClassChanges() {
    }

    /** Starts recording the changes made from now on. */
    static MetaClassChanges record() {
        synchronized (LIVE) {
            if (!listening) {
                GroovySystem.getMetaClassRegistry().addMetaClassRegistryChangeEventListener(LISTENER);
                listening = true;
            }
        }
        MetaClassChanges changes = new MetaClassChanges();
        LIVE.add(changes);
        return changes;
    }

    private static void changed(MetaClassRegistryChangeEvent event) {
        Class<?> type = event.getClassToUpdate();
        if (type != null && !event.isPerInstanceMetaClassChange()) {
            for (MetaClassChanges live : LIVE) {
                live.changed.add(type);
            }
        }
    }

    /** Gives every class changed since {@link #record()} its default metaclass back. */
    void undo() {
        LIVE.remove(this);
        MetaClassRegistry registry = GroovySystem.getMetaClassRegistry();
        for (Class<?> type : changed) {
            registry.removeMetaClass(type);
        }
        changed.clear();
    }
}
