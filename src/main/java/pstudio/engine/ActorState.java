package pstudio.engine;

/** What an actor is doing, as the heatmap shows it: its last outcome while it rests, BUSY while it runs. */
public enum ActorState { IDLE, BUSY, DONE, FAILED, CANCELLED }
