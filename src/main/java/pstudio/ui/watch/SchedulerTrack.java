package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A job scheduler of the run and its actors by 1-based index (null where one is not known yet). */
final class SchedulerTrack {
    final long id;
    final String jobScript;
    boolean destroyed;
    private final List<ActorTrack> actors = new ArrayList<>();

    SchedulerTrack(long id, String jobScript) {
        this.id = id;
        this.jobScript = jobScript;
    }

    void put(ActorTrack actor) {
        while (actors.size() < actor.index) {
            actors.add(null);
        }
        actors.set(actor.index - 1, actor);
    }

    List<ActorTrack> actors() {
        return Collections.unmodifiableList(actors);
    }

    /** The full name of the instance its actors were made under (CreateJobScheduler's actorStorage). */
    String storage() {
        for (ActorTrack actor : actors) {
            if (actor != null) {
                int dot = actor.fullName.lastIndexOf('.');
                return dot < 0 ? "" : actor.fullName.substring(0, dot);
            }
        }
        return "";
    }
}
