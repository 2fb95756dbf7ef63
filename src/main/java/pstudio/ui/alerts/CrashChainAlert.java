package pstudio.ui.alerts;

import java.util.List;
import java.util.Objects;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.place.FullNames;

/**
 * A crash chain as the studio tells it: one sentence for the notification, where the job script
 * failed (for its button), and the actors it failed in (for the heatmap, which marks them).
 * Plain data, no toolkit.
 *
 * @param dispatchId     the aborted dispatch, 0 for the job script's top-level code
 * @param threadName     the dispatched thread's name, or null for top-level code
 * @param failedActorIds the engine's ids of the actors the error happened in, in actor order
 */
public record CrashChainAlert(long dispatchId, String threadName, String script, int line, String error,
                              int actorCount, List<Integer> failedActorIds) {

    public CrashChainAlert {
        failedActorIds = List.copyOf(failedActorIds);
    }

    /** {@code threadName} is the name the dispatch was started with, null if it was never seen. */
    public static CrashChainAlert of(ParallelizerEvent.CrashChain chain, String threadName) {
        return new CrashChainAlert(chain.dispatchId(), threadName, chain.script(), chain.line(), chain.message(),
                chain.actorCount(), chain.failures().stream().map(ParallelizerEvent.ChainLink::actorId).toList());
    }

    /** {@code Crash chain caught: <error> in 64 of 64 actors — dispatch CalculateNthRoot aborted}. */
    public String text() {
        String what;
        if (dispatchId == 0) {
            what = "in the job script's top-level code";
        } else {
            what = (threadName == null ? "the dispatch" : "dispatch " + threadName) + " aborted";
        }
        return "Crash chain caught: " + error + " in " + failedActorIds.size() + " of " + actorCount + " actors \u2014 "
                + what;
    }

    /** The button's text: {@code Open Job:6}, the script by its own name. */
    public String openLabel() {
        String name = script == null ? "script" : FullNames.ownName(script);
        return "Open " + name + (line > 0 ? ":" + line : "");
    }

    /**
     * True for the dispatch's report of the chain's first failure, sent before the chain was known;
     * the chain's own summary stands for it, so the Output keeps only that one entry.
     */
    public boolean supersedes(OutputMessage message) {
        return dispatchId != 0 && message.level() == OutputLevel.ERROR && message.line() == line
                && Objects.equals(message.script(), script) && message.text().startsWith(error + " (thread ");
    }
}
