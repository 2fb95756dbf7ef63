package pstudio.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import pstudio.place.Actor;

/** The run's actors: each Actor of the place gets its runtime (and id) on first use; creation and removal are published. */
final class ActorRegistry {
    private final RunContext run;
    private final EventPublisher events;
    private final RunStatistics stats;
    private final Map<Actor, ActorRuntime> actors = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    ActorRegistry(RunContext run, EventPublisher events, RunStatistics stats) {
        this.run = run;
        this.events = events;
        this.stats = stats;
    }

    ActorRuntime get(Actor actor, long schedulerId, int index) {
        return actors.computeIfAbsent(actor, a -> {
            ActorRuntime rt = new ActorRuntime(run, a, ids.incrementAndGet(), schedulerId, index);
            stats.actorCreated();
            events.publish(new RunEvent.ActorCreated(run.clock().nanos(), rt.id(), schedulerId, index,
                    a.GetFullName()));
            return rt;
        });
    }

    void forget(Actor actor) {
        ActorRuntime rt = actors.remove(actor);
        if (rt != null) {
            events.publish(new RunEvent.ActorDestroyed(run.clock().nanos(), rt.id(), rt.schedulerId(), rt.index(),
                    actor.GetFullName()));
        }
    }

    List<ActorRuntime> live() {
        return List.copyOf(actors.values());
    }
}
