package pstudio.ui.explorer;

import java.util.Locale;
import java.util.function.Predicate;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;

/** The Explorer's filter box: a case-insensitive name substring, or {@code is:ClassName} with IsA semantics. */
final class ExplorerFilter {
    private static final String IS_PREFIX = "is:";

    private ExplorerFilter() {
    }

    /** The instances the text asks for, or null when the text is blank (no filter: the full tree). */
    static Predicate<Instance> parse(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return null;
        }
        if (query.regionMatches(true, 0, IS_PREFIX, 0, IS_PREFIX.length())) {
            String className = query.substring(IS_PREFIX.length()).strip();
            return instance -> isA(instance.instanceClass(), className);
        }
        String needle = query.toLowerCase(Locale.ROOT);
        return instance -> instance.getName().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** IsA, forgiving the case of a typed class name ({@code is:script} finds LocalScripts too). */
    private static boolean isA(InstanceClass type, String className) {
        for (InstanceClass c = type; c != null; c = c.superclass()) {
            if (c.name().equalsIgnoreCase(className)) {
                return true;
            }
        }
        return false;
    }
}
