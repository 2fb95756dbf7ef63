package pstudio.engine;

import java.util.ArrayList;
import java.util.List;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.Script;
import pstudio.place.TreeListener;

/** Starts scripts that become enabled, or arrive enabled, where scripts run; stops those destroyed or disabled. */
final class ScriptStarter implements TreeListener {
    private final RunContext run;
    private final List<String> runnableServices;

    ScriptStarter(RunContext run, List<String> runnableServices) {
        this.run = run;
        this.runnableServices = runnableServices;
    }

    @Override
    public void childAdded(Instance parent, Instance child) {
        considerSubtree(child);
    }

    @Override
    public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
        if (InstanceClass.DISABLED.equals(property) && Boolean.FALSE.equals(newValue)) {
            considerSubtree(instance);
        } else if (InstanceClass.DISABLED.equals(property) && Boolean.TRUE.equals(newValue)) {
            run.stopScriptsIn(instance);
        }
    }

    @Override
    public void destroyed(Instance formerParent, Instance instance) {
        run.stopScriptsIn(instance);
    }

    private void considerSubtree(Instance root) {
        if (run.isStopped() || !inRunnableService(root)) {
            return;
        }
        List<Instance> candidates = new ArrayList<>();
        candidates.add(root);
        candidates.addAll(root.GetDescendants());
        for (Instance i : candidates) {
            if (i instanceof Script s && !s.isDisabled() && run.notStarted(s)) {
                run.startLater(s);
            }
        }
    }

    private boolean inRunnableService(Instance i) {
        for (String service : runnableServices) {
            if (i.IsDescendantOf(run.place().GetService(service))) {
                return true;
            }
        }
        return false;
    }
}
