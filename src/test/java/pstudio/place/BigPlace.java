package pstudio.place;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test helper: a place of exactly {@value #INSTANCES} instances below the DataModel, most of them in
 * one folder (the worst case for a child list), some nested, and a script that prints how many
 * parts and descendants it sees. Built in code so that no huge file is committed.
 */
public final class BigPlace {
    public static final int INSTANCES = 100_000;
    public static final int GROUPS = 100;
    public static final int PER_GROUP = 9;
    /** Four services, the Count script, the Parts and Groups folders, and the groups with their children. */
    public static final int PARTS = INSTANCES - 4 - 1 - 2 - GROUPS * (1 + PER_GROUP);

    private BigPlace() {
    }

    public static DataModel build() {
        DataModel game = DataModel.empty();
        Script count = new Script();
        count.setName("Count");
        count.setSource("print(workspace.Parts.GetChildren().size())\nprint(game.GetDescendants().size())");
        count.setParent(game.GetService("ServerScriptService"));
        Instance parts = folder("Parts", game.GetService("Workspace"));
        for (int i = 1; i <= PARTS; i++) {
            folder("Part" + i, parts);
        }
        Instance groups = folder("Groups", game.GetService("ServerStorage"));
        for (int g = 1; g <= GROUPS; g++) {
            Instance group = folder("Group" + g, groups);
            for (int i = 1; i <= PER_GROUP; i++) {
                Script member = new Script();
                member.setName("Member" + i);
                member.setDisabled(i % 2 == 0);
                member.setSource("print('group " + g + " member " + i + "')");
                member.setParent(group);
            }
        }
        return game;
    }

    /** Saves the big place as {@code big.place} in {@code folder}. */
    public static Path saveIn(Path folder) throws IOException {
        Path file = folder.resolve("big.place");
        try {
            PlaceFile.save(build(), file);
        } catch (PlaceFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        return file;
    }

    private static Instance folder(String name, Instance parent) {
        Folder f = new Folder();
        f.setName(name);
        f.setParent(parent);
        return f;
    }
}
