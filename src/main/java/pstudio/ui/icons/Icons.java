package pstudio.ui.icons;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pstudio.place.InstanceClass;

/**
 * The studio's icons, drawn as 16x16 SVG files in the top-level {@code icons/} folder (shipped on the
 * classpath under {@code pstudio/icons}). JavaFX cannot load SVG files, but it draws SVG path data,
 * so each file's {@code <path d=".." fill="..">} elements become {@link SVGPath} nodes.
 */
public final class Icons {
    public static final double SIZE = 16;
    private static final Map<String, Icon> CACHE = new ConcurrentHashMap<>();

    private Icons() {
    }

    /** The icon for an instance class ({@code Script}, {@code Actor}...), a service icon or a generic one. */
    public static Node forClass(String className) {
        Icon icon = load("class-" + className);
        InstanceClass type = InstanceClass.find(className);
        if (icon == null && type != null && type.isService()) {
            icon = load("class-Service");
        }
        return (icon != null ? icon : Icon.PLACEHOLDER).draw();
    }

    /** The icon for a toolbar action ({@code new}, {@code open}, {@code save}, {@code run}, {@code stop}...). */
    public static Node forAction(String action) {
        Icon icon = load("action-" + action);
        return (icon != null ? icon : Icon.PLACEHOLDER).draw();
    }

    private static Icon load(String name) {
        return CACHE.computeIfAbsent(name, Icons::read).orNull();
    }

    private static Icon read(String name) {
        try (InputStream in = Icons.class.getResourceAsStream("/pstudio/icons/" + name + ".svg")) {
            if (in == null) {
                return Icon.MISSING;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            NodeList paths = doc.getElementsByTagName("path");
            String[][] shapes = new String[paths.getLength()][];
            for (int i = 0; i < paths.getLength(); i++) {
                Element p = (Element) paths.item(i);
                shapes[i] = new String[] {p.getAttribute("d"), p.getAttribute("fill"), p.getAttribute("stroke"),
                        p.getAttribute("stroke-width")};
            }
            return new Icon(shapes);
        } catch (Exception e) {
            return Icon.MISSING;
        }
    }

    /** Parsed path data; each {@link #draw()} makes fresh nodes because a node has one parent. */
    private record Icon(String[][] shapes) {
        static final Icon MISSING = new Icon(null);
        static final Icon PLACEHOLDER = new Icon(new String[][] {{"M3 3h10v10H3z", "#8a8f98", "", ""}});

        Icon orNull() {
            return shapes == null ? null : this;
        }

        Node draw() {
            Group group = new Group(new Rectangle(SIZE, SIZE, Color.TRANSPARENT));
            for (String[] s : shapes) {
                SVGPath path = new SVGPath();
                path.setContent(s[0]);
                path.setFill(paint(s[1], Color.GRAY));
                if (!s[2].isEmpty() && !"none".equals(s[2])) {
                    path.setStroke(paint(s[2], null));
                    path.setStrokeWidth(s[3].isEmpty() ? 1 : Double.parseDouble(s[3]));
                }
                group.getChildren().add(path);
            }
            return group;
        }

        private static Paint paint(String value, Paint fallback) {
            if (value.isEmpty()) {
                return fallback;
            }
            if ("none".equals(value)) {
                return Color.TRANSPARENT;
            }
            return Color.web(value);
        }
    }
}
