package pstudio.ui;

import java.util.Optional;
import pstudio.place.DataModel;
import pstudio.place.Instance;

/** Finds an instance by the full name the engine reports ({@code ServerScriptService.Master.Job}). */
final class PlaceLookup {
    private PlaceLookup() {
    }

    static Optional<Instance> byFullName(DataModel place, String fullName) {
        if (fullName == null || fullName.isEmpty()) {
            return Optional.empty();
        }
        Instance at = place;
        for (String name : fullName.split("\\.")) {
            at = at.FindFirstChild(name);
            if (at == null) {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }
}
