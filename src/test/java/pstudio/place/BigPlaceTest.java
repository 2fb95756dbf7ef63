package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A place of 100,000 instances, most in one folder, loads, copies and saves like a small one. */
class BigPlaceTest {
    @TempDir
    Path folder;

    @Test
    void aHundredThousandInstancesLoadInOrderAndSaveBackToTheSameBytes() throws Exception {
        Path file = BigPlace.saveIn(folder);

        DataModel loaded = PlaceFile.load(file);

        assertEquals(BigPlace.INSTANCES, loaded.GetDescendants().size());
        Instance parts = loaded.getWorkspace().FindFirstChild("Parts");
        List<Instance> children = parts.GetChildren();
        assertEquals(BigPlace.PARTS, children.size());
        for (int i = 0; i < children.size(); i++) {
            assertEquals("Part" + (i + 1), children.get(i).getName());
            assertSame(parts, children.get(i).getParent());
        }
        assertEquals(Files.readString(file), PlaceFile.toXml(loaded));
    }

    @Test
    void aCopyOfTheBigPlaceIsTheSameTreeMadeOfNewInstances() {
        DataModel original = BigPlace.build();

        DataModel copy = original.copyPlace();

        assertEquals(PlaceFile.toXml(original), PlaceFile.toXml(copy));
        Set<Instance> originals = Collections.newSetFromMap(new IdentityHashMap<>());
        originals.addAll(original.GetDescendants());
        List<Instance> copied = copy.GetDescendants();
        assertEquals(BigPlace.INSTANCES, copied.size());
        for (Instance i : copied) {
            assertFalse(originals.contains(i), "the copy shares " + i.GetFullName());
            assertTrue(i.IsDescendantOf(copy), i.GetFullName() + " hangs off the copy");
            assertFalse(originals.contains(i.getParent()), i.GetFullName() + " has an original parent");
        }
    }

    @Test
    void aLoadedBigPlaceIsEditableLikeAnyOther() throws Exception {
        DataModel loaded = PlaceFile.load(BigPlace.saveIn(folder));
        Instance parts = loaded.getWorkspace().FindFirstChild("Parts");
        List<String> added = new ArrayList<>();
        loaded.addTreeListener(new TreeListener() {
            @Override
            public void childAdded(Instance parent, Instance child) {
                added.add(parent.getName() + "/" + child.getName());
            }
        });
        Instance first = parts.FindFirstChild("Part1");
        Instance last = parts.FindFirstChild("Part" + BigPlace.PARTS);

        first.setParent(last);

        assertEquals(List.of("Part" + BigPlace.PARTS + "/Part1"), added);
        assertEquals(BigPlace.PARTS - 1, parts.childCount());
        assertEquals("Part2", parts.GetChildren().get(0).getName());
        InstanceException e = assertThrows(InstanceException.class, () -> parts.setParent(first));
        assertTrue(e.getMessage().contains("circular reference"), e.getMessage());
    }
}
