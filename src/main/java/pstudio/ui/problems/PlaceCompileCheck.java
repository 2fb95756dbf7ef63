package pstudio.ui.problems;

import java.util.ArrayList;
import java.util.List;
import pstudio.engine.CompileProblem;
import pstudio.engine.ScriptCompiler;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;

/** The compile problems of every script in a place, found by compiling only: no place code runs. Any thread. */
final class PlaceCompileCheck {
    private PlaceCompileCheck() {
    }

    static List<CompileProblem> of(DataModel place) {
        List<CompileProblem> out = new ArrayList<>();
        for (Instance i : place.GetDescendants()) {
            if (i.IsA("LuaSourceContainer") && i.getProperty(InstanceClass.SOURCE) instanceof String source) {
                String name = i.GetFullName();
                try {
                    out.addAll(ScriptCompiler.shared().check(source, name));
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(new CompileProblem(name, 1, 1, "The compiler failed on this script"));
                }
            }
        }
        return out;
    }
}
