package pstudio.ui.watch;

/** Told when the person clicks an actor's cell: the studio selects it in the Explorer and filters the Output. */
@FunctionalInterface
public interface ActorSelectionListener {
    void onActorSelected(String actorFullName, int actorId);
}
