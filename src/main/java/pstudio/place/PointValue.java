package pstudio.place;

/** A 2-D point or size as the tree reads it; the engine's Vector2 is one. */
public interface PointValue {
    double getX();

    double getY();
}
