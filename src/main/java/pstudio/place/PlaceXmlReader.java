package pstudio.place;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads .place XML into a new DataModel. It is strict: anything it does not understand is an error
 * with a line number, because whatever it skipped would be lost at the next save. Only comments and
 * processing instructions are passed over (and so not kept).
 *
 * <p>The tree is built in bulk: each item is appended to its parent without the tree lock, cycle
 * check or listeners that a move in a live place needs, since nobody sees this place until it is
 * returned whole.
 */
final class PlaceXmlReader {
    private static final XMLInputFactory FACTORY = secureFactory();
    private static final String TYPES = Arrays.stream(PropertyType.values())
            .map(PropertyType::fileName).collect(Collectors.joining(", "));

    private final String text;
    private final XMLStreamReader xml;
    private final String sourceName;
    private final DataModel place = new DataModel();

    private PlaceXmlReader(String text, XMLStreamReader xml, String sourceName) {
        this.text = text;
        this.xml = xml;
        this.sourceName = sourceName;
    }

    /** The JDK's own parser, not whatever is on the classpath, with DTDs and external entities off (no XXE). */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static DataModel read(String text, String sourceName) throws PlaceFileException {
        if (text.isBlank()) {
            throw new PlaceFileException(sourceName, 0, "the file is empty");
        }
        XMLStreamReader xml;
        try {
            synchronized (FACTORY) { // a factory is not promised to be thread-safe
                xml = FACTORY.createXMLStreamReader(new StringReader(text));
            }
        } catch (XMLStreamException e) {
            throw malformed(sourceName, e);
        }
        PlaceXmlReader reader = new PlaceXmlReader(text, xml, sourceName);
        try {
            reader.readPlace();
        } catch (XMLStreamException e) {
            throw malformed(sourceName, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing to release: the input is a string
            }
        }
        for (String service : DataModel.SERVICES) {
            reader.place.GetService(service);
        }
        return reader.place;
    }

    private void readPlace() throws XMLStreamException, PlaceFileException {
        if (nextTag() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("place")) {
            String found = xml.isStartElement() ? "<" + xml.getLocalName() + ">" : "none";
            throw error(line(), "not a place file: the root element must be <place>, found " + found);
        }
        readFormat();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("Item")) {
                throw error(line(), "unexpected element <" + xml.getLocalName() + "> in <place>");
            }
            readItem(place);
        }
        nextTag(); // the parser reports anything after </place>
    }

    private void readFormat() throws PlaceFileException {
        int line = line();
        String supported = "this version of Parallelizer Studio reads format " + PlaceFile.FORMAT_VERSION;
        String format = xml.getAttributeValue(null, "format");
        if (format == null) {
            throw error(line, "<place> has no format attribute; " + supported);
        }
        if (!format.equals(String.valueOf(PlaceFile.FORMAT_VERSION))) {
            throw error(line, "format " + format + " is not supported; " + supported);
        }
        requireOnlyAttributes("format");
    }

    private void readItem(Instance parent) throws XMLStreamException, PlaceFileException {
        int line = line();
        String className = requiredAttribute("class");
        String name = requiredAttribute("name");
        requireOnlyAttributes("class", "name");
        Instance instance = create(className, parent, line);
        try {
            instance.nameWhileBuilding(name);
        } catch (InstanceException e) {
            throw error(line, e.getMessage());
        }
        Set<String> given = new HashSet<>();
        Set<String> attributes = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "Item" -> readItem(instance);
                case "Property" -> readProperty(instance, given);
                case "Attribute" -> readAttribute(instance, attributes);
                case "Source" -> readSource(instance, given);
                default -> throw error(line(), "unexpected element <" + xml.getLocalName() + "> in <Item>");
            }
        }
        // joins its parent once complete, so its own property changes reach no ancestor's listeners
        parent.appendWhileBuilding(instance);
    }

    /** A new instance of the class, if the class may stand at that place in the tree. */
    private Instance create(String className, Instance parent, int line) throws PlaceFileException {
        InstanceClass c = InstanceClass.find(className);
        if (c == null) {
            throw error(line, "unknown class '" + className + "'");
        }
        boolean topLevel = parent == place;
        if (c.isService() && !topLevel) {
            throw error(line, "the service " + className + " can only be at the top level of a place");
        }
        if (topLevel && !c.isService()) {
            throw error(line, "'" + className + "' cannot be at the top level of a place; only services can ("
                    + String.join(", ", DataModel.SERVICES) + ")");
        }
        if (!c.isService() && !c.isCreatable()) {
            throw error(line, "a " + className + " cannot be stored in a place");
        }
        if (topLevel && place.FindFirstChildOfClass(className) != null) {
            throw error(line, "the service " + className + " appears twice");
        }
        return c.create();
    }

    private void readProperty(Instance instance, Set<String> given) throws XMLStreamException, PlaceFileException {
        int line = line();
        String name = requiredAttribute("name");
        String typeName = requiredAttribute("type");
        requireOnlyAttributes("name", "type");
        String className = instance.getClassName();
        if (name.equals(InstanceClass.NAME)) {
            throw error(line, "Name is written as the name attribute of <Item>, not as a <Property>");
        }
        if (name.equals(InstanceClass.SOURCE)) {
            throw error(line, "Source is written as a <Source> element, not as a <Property>");
        }
        PropertyInfo info = instance.instanceClass().property(name);
        if (info == null) {
            throw error(line, "unknown property '" + name + "' for class " + className);
        }
        PropertyType type = PropertyType.fromFileName(typeName);
        if (type == null) {
            throw error(line, "unknown property type '" + typeName + "'; the types are " + TYPES);
        }
        if (type != info.type()) {
            throw error(line, name + " of " + className + " is a " + info.type().fileName() + ", not a " + typeName);
        }
        if (!given.add(name)) {
            throw error(line, name + " is given twice");
        }
        try {
            instance.setProperty(name, type.parse(elementText()));
        } catch (IllegalArgumentException | InstanceException e) {
            throw error(line, "bad value for " + name + ": " + e.getMessage());
        }
    }

    private void readAttribute(Instance instance, Set<String> given) throws XMLStreamException, PlaceFileException {
        int line = line();
        String name = requiredAttribute("name");
        String typeName = requiredAttribute("type");
        requireOnlyAttributes("name", "type");
        PropertyType type = PropertyType.fromFileName(typeName);
        if (type == null) {
            throw error(line, "unknown attribute type '" + typeName + "'; the types are " + TYPES);
        }
        if (!given.add(name)) {
            throw error(line, "attribute " + name + " is given twice");
        }
        try {
            Attributes.checkName(name);
            instance.storeAttributeWhileBuilding(name, type.parse(elementText()));
        } catch (IllegalArgumentException | InstanceException e) {
            throw error(line, "bad attribute " + name + ": " + e.getMessage());
        }
    }

    private void readSource(Instance instance, Set<String> given) throws XMLStreamException, PlaceFileException {
        int line = line();
        requireOnlyAttributes();
        if (!(instance instanceof LuaSourceContainer script)) {
            throw error(line, "a " + instance.getClassName() + " has no Source");
        }
        if (!given.add(InstanceClass.SOURCE)) {
            throw error(line, "Source is given twice");
        }
        script.setSource(elementText());
    }

    /**
     * Moves to the next start or end tag (or the end of the document), passing over indentation and
     * comments and refusing text and DOCTYPEs.
     */
    private int nextTag() throws XMLStreamException, PlaceFileException {
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT:
                    return event;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                    if (!xml.isWhiteSpace()) {
                        throw unexpectedText();
                    }
                    break;
                case XMLStreamConstants.DTD:
                    throw error(doctypeLine(), "a place file may not have a DOCTYPE (DTDs and entities are refused)");
                default: // comments and processing instructions
                    break;
            }
        }
    }

    private PlaceFileException unexpectedText() {
        String words = xml.getText().stripLeading();
        return error(startLine(words), "unexpected text '" + abbreviate(words.strip()) + "'");
    }

    /** The parser gives the line where text ends; a user looks for where it begins. */
    private int startLine(String text) {
        return line() - lineBreaks(text);
    }

    /** Found in the text: with DTD support off, the JDK parser reports a DOCTYPE's end and garbles its text. */
    private int doctypeLine() {
        int at = text.indexOf("<!DOCTYPE");
        return at < 0 ? line() : 1 + lineBreaks(text.substring(0, at));
    }

    private static int lineBreaks(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** The text of the current element, which may not hold elements (the parser's own message for that is cryptic). */
    private String elementText() throws XMLStreamException, PlaceFileException {
        String element = xml.getLocalName();
        try {
            return xml.getElementText();
        } catch (XMLStreamException e) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                throw error(line(), "<" + element + "> may hold only text, not <" + xml.getLocalName() + ">");
            }
            throw e;
        }
    }

    private String requiredAttribute(String name) throws PlaceFileException {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            throw error(line(), "<" + xml.getLocalName() + "> has no " + name + " attribute");
        }
        return value;
    }

    private void requireOnlyAttributes(String... allowed) throws PlaceFileException {
        List<String> known = List.of(allowed);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String namespace = xml.getAttributeNamespace(i);
            if (!known.contains(name) || (namespace != null && !namespace.isEmpty())) {
                throw error(line(), "unexpected attribute '" + name + "' on <" + xml.getLocalName() + ">");
            }
        }
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    private PlaceFileException error(int line, String problem) {
        return new PlaceFileException(sourceName, line, problem);
    }

    /** The parser's own sentence, without its "ParseError at [row,col]" preamble, at its line. */
    private static PlaceFileException malformed(String sourceName, XMLStreamException e) {
        Location at = e.getLocation();
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        if (start >= 0) {
            message = message.substring(start + "Message: ".length());
        }
        return new PlaceFileException(sourceName, at == null ? 0 : at.getLineNumber(), "malformed XML: " + message, e);
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "...";
    }
}
