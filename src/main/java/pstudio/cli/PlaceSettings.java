package pstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pstudio.engine.luau.LuauGlobals;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PropertyType;

/**
 * {@code --set NAME=VALUE}: changes an attribute the place already has, before the run starts, so a
 * sample's knobs (its Size) can be turned from the command line. NAME is the attribute's name, or
 * the instance's full name and the attribute's ({@code ServerScriptService.Master.Size}) where
 * several instances have one of that name. The value is read as the attribute's type: a Luau
 * number, true or false, or the text as it is. A name that matches nothing is an error, never a
 * setting silently ignored.
 */
final class PlaceSettings {
    private PlaceSettings() {
    }

    /** Applies every setting, in order; the first that cannot be applied throws with the sentence to show. */
    static void apply(DataModel place, Map<String, String> settings) {
        for (Map.Entry<String, String> s : settings.entrySet()) {
            apply(place, s.getKey(), s.getValue());
        }
    }

    private static void apply(DataModel place, String name, String text) {
        int dot = name.lastIndexOf('.');
        String attribute = name.substring(dot + 1);
        Instance target = dot < 0 ? onlyHolder(place, attribute, text) : named(place, name.substring(0, dot), attribute);
        Object old = target.GetAttribute(attribute);
        target.SetAttribute(attribute, valueLike(old, text, name));
    }

    private static Instance onlyHolder(DataModel place, String attribute, String text) {
        List<Instance> holders = new ArrayList<>();
        for (Instance i : place.GetDescendants()) {
            if (i.GetAttribute(attribute) != null) {
                holders.add(i);
            }
        }
        if (holders.isEmpty()) {
            throw new IllegalArgumentException("--set " + attribute + ": no instance in the place has an attribute "
                    + attribute + "; " + allAttributes(place));
        }
        if (holders.size() > 1) {
            String names = holders.stream().map(i -> i.GetFullName() + "." + attribute).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("--set " + attribute + ": several instances have an attribute "
                    + attribute + " (" + names + "); name one, as --set " + holders.get(0).GetFullName() + "."
                    + attribute + "=" + text);
        }
        return holders.get(0);
    }

    private static Instance named(DataModel place, String fullName, String attribute) {
        for (Instance i : place.GetDescendants()) {
            if (i.GetFullName().equals(fullName)) {
                if (i.GetAttribute(attribute) == null) {
                    throw new IllegalArgumentException("--set " + fullName + "." + attribute + ": " + fullName
                            + " has no attribute " + attribute + "; " + allAttributes(place));
                }
                return i;
            }
        }
        throw new IllegalArgumentException("--set " + fullName + "." + attribute + ": the place has no instance "
                + fullName);
    }

    /** The value of {@code text} in the type the attribute has now. */
    private static Object valueLike(Object old, String text, String name) {
        if (old instanceof Number) {
            Object n = LuauGlobals.tonumber(text);
            if (n == null) {
                throw new IllegalArgumentException("--set " + name + "=" + text + ": " + name
                        + " is a number, and '" + text + "' is not one");
            }
            return n;
        }
        if (old instanceof Boolean) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("--set " + name + "=" + text + ": " + name
                        + " is true or false, not '" + text + "'");
            }
            return Boolean.valueOf(text);
        }
        return text;
    }

    private static String allAttributes(DataModel place) {
        List<String> all = new ArrayList<>();
        for (Instance i : place.GetDescendants()) {
            for (Map.Entry<String, Object> a : i.GetAttributes().entrySet()) {
                all.add(i.GetFullName() + "." + a.getKey() + " = " + shown(a.getValue()));
            }
        }
        return all.isEmpty() ? "the place has no attributes" : "the place's attributes are " + String.join(", ", all);
    }

    /** As a place file writes it: {@code 512}, {@code true}, {@code 'text'}. */
    private static String shown(Object value) {
        return value instanceof String text ? "'" + text + "'" : PropertyType.ofValue(value).format(value);
    }
}
