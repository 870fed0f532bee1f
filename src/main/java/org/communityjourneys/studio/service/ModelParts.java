package org.communityjourneys.studio.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.ModelKind;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A model read for comparison: its parts with an id (BPMN/DMN elements, form fields), each with
 * the values that mean something to the engine, and apart from them the layout of each part.
 *
 * <p>Only meaning is kept, so that an editor's round-trip is no change: attribute order,
 * whitespace between elements, namespace prefixes ({@code bpmn:} or none, {@code xsi:type}
 * values included) and tool metadata ({@code exporter}, the modeler namespace) do not count, and
 * neither does an attribute that says what its absence says ({@link ModelDefaults}). Diagram
 * interchange (BPMNDI/DMNDI shapes and edges, form-js {@code layout}) is kept per element as
 * layout, which the diff reports as "layout only".
 */
final class ModelParts {

    static final Set<String> LAYOUT_NAMESPACES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DI/", "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DMNDI/");
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    /** Camunda Modeler's own notes (execution platform and its version): about the tool, not the model. */
    static final String MODELER = "http://camunda.org/schema/modeler/1.0";
    private static final Set<String> TOOL_ATTRIBUTES = Set.of("exporter", "exporterVersion");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An element with an id: its type, name and the values compared (attributes and unnamed parts). */
    record Part(String id, String name, String type, Map<String, String> values) {
    }

    /** The parts by id, and the layout by the id of the part it draws. */
    record Parts(Map<String, Part> business, Map<String, String> layout) {
    }

    private ModelParts() {
    }

    static Parts of(ModelKind kind, String content) {
        return kind == ModelKind.FORM ? form(content) : xml(content);
    }

    // ---- BPMN and DMN ----

    private static Parts xml(String content) {
        Document document;
        try {
            document = ModelXml.hardenedXmlParser().parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw Refused.input("studio.diff.notXml", String.valueOf(e.getMessage()));
        }
        Parts parts = new Parts(new LinkedHashMap<>(), new TreeMap<>());
        collect(document.getDocumentElement(), parts);
        return parts;
    }

    private static void collect(Element element, Parts parts) {
        if (LAYOUT_NAMESPACES.contains(element.getNamespaceURI())) {
            collectLayout(element, parts.layout());
            return;
        }
        if (element.hasAttribute("id")) {
            Map<String, String> values = attributes(element);
            StringBuilder text = new StringBuilder();
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element childElement && !childElement.hasAttribute("id")
                        && !LAYOUT_NAMESPACES.contains(childElement.getNamespaceURI())) {
                    values.merge(childElement.getLocalName(), flatten(childElement), (a, b) -> a + "\n" + b);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(child.getNodeValue().trim());
                }
            }
            if (!text.isEmpty()) {
                values.put("text", text.toString());
            }
            String name = element.hasAttribute("name") ? element.getAttribute("name")
                    : element.hasAttribute("label") ? element.getAttribute("label") : null;
            String id = element.getAttribute("id");
            parts.business().putIfAbsent(id, new Part(id, name, element.getLocalName(), values));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, parts);
            }
        }
    }

    /** Shapes and edges name what they draw ({@code bpmnElement}, {@code dmnElementRef}); their own ids do not count. */
    private static void collectLayout(Element element, Map<String, String> layout) {
        String drawn = element.hasAttribute("bpmnElement") ? element.getAttribute("bpmnElement")
                : element.hasAttribute("dmnElementRef") ? element.getAttribute("dmnElementRef") : null;
        if (drawn != null && !element.getLocalName().endsWith("Plane")) {
            layout.merge(drawn, flatten(element), (a, b) -> a + "\n" + b);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectLayout(child, layout);
            }
        }
    }

    /** The attributes that mean something, by namespace rather than prefix, without defaults. */
    private static Map<String, String> attributes(Element element) {
        Map<String, String> values = new TreeMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = name(attribute);
            boolean layout = LAYOUT_NAMESPACES.contains(element.getNamespaceURI());
            if (name == null || (layout && name.equals("id"))) {
                continue;
            }
            String value = name.equals("xsi:type") ? localPart(attribute.getValue())
                    : layout ? number(attribute.getValue()) : attribute.getValue();
            if (!ModelDefaults.isDefault(element.getLocalName(), name, value)) {
                values.put(name, value);
            }
        }
        return values;
    }

    /** The name an attribute is compared by, or null for one that does not count. */
    private static String name(Attr attribute) {
        String namespace = attribute.getNamespaceURI();
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (XMLNS.equals(namespace) || attribute.getName().startsWith("xmlns") || MODELER.equals(namespace)) {
            return null;
        }
        if (namespace == null || namespace.isEmpty()) {
            return TOOL_ATTRIBUTES.contains(local) ? null : local;
        }
        return switch (namespace) {
            case CAMUNDA_BPMN, CAMUNDA_DMN -> "camunda:" + local;
            case XSI -> "xsi:" + local;
            default -> "{" + namespace + "}" + local;
        };
    }

    /** A coordinate as a number: {@code 190}, {@code 190.0} and {@code 190.00} are the same place. */
    private static String number(String value) {
        try {
            return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String localPart(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    /** The content of a child without an id, leaving out descendants that have their own id. */
    private static String flatten(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.getLocalName());
        attributes(element).forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append('>');
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                if (!childElement.hasAttribute("id") || LAYOUT_NAMESPACES.contains(childElement.getNamespaceURI())) {
                    out.append(flatten(childElement));
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue().trim());
            }
        }
        return out.append("</").append(element.getLocalName()).append('>').toString();
    }

    // ---- form-js ----

    private static Parts form(String content) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (Exception e) {
            throw Refused.input("studio.diff.notJson");
        }
        Parts parts = new Parts(new LinkedHashMap<>(), new TreeMap<>());
        if (form != null && form.has("components")) {
            collectComponents(form.get("components"), parts);
        }
        return parts;
    }

    private static void collectComponents(JsonNode components, Parts parts) {
        for (JsonNode component : components) {
            String id = component.hasNonNull("id") ? component.get("id").asText()
                    : component.hasNonNull("key") ? component.get("key").asText() : null;
            if (id != null) {
                Map<String, String> values = new TreeMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = component.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String name = field.getKey();
                    if (name.equals("components")) {
                        continue;
                    }
                    if (name.equals("layout")) {
                        parts.layout().put(id, field.getValue().toString());
                    } else if (!ModelDefaults.isFormDefault(name, field.getValue())) {
                        values.put(name, field.getValue().toString());
                    }
                }
                String name = component.hasNonNull("label") ? component.get("label").asText()
                        : component.hasNonNull("key") ? component.get("key").asText() : null;
                String type = component.hasNonNull("type") ? component.get("type").asText() : "component";
                parts.business().putIfAbsent(id, new Part(id, name, type, values));
            }
            if (component.has("components")) {
                collectComponents(component.get("components"), parts);
            }
        }
    }
}
