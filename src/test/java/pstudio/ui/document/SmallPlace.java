package pstudio.ui.document;

import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;

/** A place small enough to see whole in a test: Workspace{Folder{A,B,C}}, ServerScriptService{Master{Job}}. */
final class SmallPlace {
    final DataModel place = DataModel.empty();
    final Instance workspace = place.GetService("Workspace");
    final Instance sss = place.GetService("ServerScriptService");
    final Instance folder = add(workspace, "Folder", "Folder");
    final Instance a = add(folder, "Folder", "A");
    final Instance b = add(folder, "Folder", "B");
    final Instance c = add(folder, "Folder", "C");
    final Instance master = add(sss, "Script", "Master");
    final Instance job = add(master, "Script", "Job");

    static Instance add(Instance parent, String className, String name) {
        Instance i = InstanceClass.of(className).create();
        i.setName(name);
        i.setParent(parent);
        return i;
    }

    static String names(Instance parent) {
        return String.join(",", parent.GetChildren().stream().map(Instance::getName).toList());
    }
}
