package pstudio.ui.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import pstudio.place.InstanceClass;

/** Every class and toolbar action has its own drawn icon, written in the subset of SVG that {@link Icons} reads. */
class IconFilesTest {
    private static final List<String> ACTIONS = List.of("new", "open", "save", "run", "stop", "undo", "redo",
            "insert", "cut", "copy", "paste", "delete", "find");
    private static final Set<String> PATH_ATTRIBUTES = Set.of("d", "fill", "stroke", "stroke-width");

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Stream<String> iconNames() {
        List<String> names = new ArrayList<>();
        InstanceClass.concreteClasses().forEach(c -> names.add("class-" + c.name()));
        names.add("class-Service");
        ACTIONS.forEach(a -> names.add("action-" + a));
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("iconNames")
    void isA16By16DrawingOfPlainPaths(String name) throws Exception {
        List<String> paths = pathData(name);
        assertFalse(paths.isEmpty(), name + " draws nothing");
        paths.forEach(d -> assertTrue(d.matches("[MmLlHhVvCcSsQqTtAaZz0-9.,\\s-]+"), name + ": odd path data " + d));
    }

    @ParameterizedTest
    @MethodSource("iconNames")
    void loadsAsItsOwnDrawingNotThePlaceholder(String name) throws Exception {
        Node icon = WaitForAsyncUtils.asyncFx(() -> name.startsWith("class-")
                ? Icons.forClass(name.substring("class-".length()))
                : Icons.forAction(name.substring("action-".length()))).get(30, TimeUnit.SECONDS);

        List<String> drawn = ((Group) icon).getChildren().stream()
                .filter(SVGPath.class::isInstance).map(n -> ((SVGPath) n).getContent()).toList();
        assertEquals(pathData(name), drawn);
    }

    private static List<String> pathData(String name) throws Exception {
        try (InputStream in = IconFilesTest.class.getResourceAsStream("/pstudio/icons/" + name + ".svg")) {
            assertNotNull(in, name + ".svg is not on the classpath");
            Element svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            assertEquals("svg", svg.getTagName());
            assertEquals("0 0 16 16", svg.getAttribute("viewBox"), name);
            List<String> paths = new ArrayList<>();
            NodeList children = svg.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e) {
                    assertEquals("path", e.getTagName(), name + " may hold only <path> elements");
                    NamedNodeMap attributes = e.getAttributes();
                    for (int a = 0; a < attributes.getLength(); a++) {
                        String attribute = attributes.item(a).getNodeName();
                        assertTrue(PATH_ATTRIBUTES.contains(attribute), name + ": <path> has " + attribute);
                    }
                    paths.add(e.getAttribute("d"));
                }
            }
            return paths;
        }
    }
}
