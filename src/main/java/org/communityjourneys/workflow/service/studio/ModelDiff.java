package org.communityjourneys.workflow.service.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.communityjourneys.workflow.domain.ModelChange;
import org.communityjourneys.workflow.domain.ModelChange.Change;
import org.communityjourneys.workflow.domain.ModelKind;
import org.springframework.stereotype.Service;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Compares a draft with a deployed version: the elements (BPMN/DMN elements with an id, form
 * fields) added, removed and changed, and for a change which attributes or parts differ (e.g.
 * {@code camunda:candidateGroups}, {@code conditionExpression}). Diagram layout is left out.
 */
@Service
public class ModelDiff {

    private static final Set<String> LAYOUT_NAMESPACES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DI/", "http://www.omg.org/spec/DMN/20180521/DC/");

    private final ModelLibrary library;
    private final StudioAccess access;
    private final ObjectMapper json = new ObjectMapper();

    ModelDiff(ModelLibrary library, StudioAccess access) {
        this.library = library;
        this.access = access;
    }

    /** The draft against the latest deployed version (everything is added when nothing is deployed yet). */
    public List<ModelChange> againstDeployed(ModelKind kind, String key, String draft) {
        access.requireGovernanceLead();
        ModelDrafts.requireKey(kind, key);
        String deployed = library.latest(kind, key).map(stored -> library.file(stored).text()).orElse(null);
        return compare(kind, deployed, draft);
    }

    /** The differences between two versions of a model. */
    public List<ModelChange> between(ModelKind kind, String before, String after) {
        access.requireGovernanceLead();
        return compare(kind, before, after);
    }

    private List<ModelChange> compare(ModelKind kind, String before, String after) {
        if (after == null || after.isBlank()) {
            throw new IllegalArgumentException("The draft is empty; there is nothing to compare.");
        }
        Map<String, Part> old = before == null ? Map.of() : parts(kind, before);
        Map<String, Part> current = parts(kind, after);
        List<ModelChange> changes = new ArrayList<>();
        for (Part part : current.values()) {
            Part was = old.get(part.id());
            if (was == null) {
                changes.add(new ModelChange(part.id(), part.name(), part.type(), Change.ADDED, List.of()));
            } else {
                Set<String> differ = new LinkedHashSet<>();
                Set<String> names = new LinkedHashSet<>(was.values().keySet());
                names.addAll(part.values().keySet());
                for (String name : names) {
                    if (!java.util.Objects.equals(was.values().get(name), part.values().get(name))) {
                        differ.add(name);
                    }
                }
                if (!was.type().equals(part.type())) {
                    differ.add("type");
                }
                if (!differ.isEmpty()) {
                    changes.add(new ModelChange(part.id(), part.name(), part.type(), Change.CHANGED, List.copyOf(differ)));
                }
            }
        }
        for (Part part : old.values()) {
            if (!current.containsKey(part.id())) {
                changes.add(new ModelChange(part.id(), part.name(), part.type(), Change.REMOVED, List.of()));
            }
        }
        return changes;
    }

    /** An element with an id: its type, name and the values compared (attributes and unnamed parts). */
    private record Part(String id, String name, String type, Map<String, String> values) {
    }

    private Map<String, Part> parts(ModelKind kind, String content) {
        return kind == ModelKind.FORM ? formParts(content) : xmlParts(content);
    }

    private Map<String, Part> xmlParts(String content) {
        Document document;
        try {
            document = ModelValidator.hardenedXmlParser().parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("The model cannot be compared because it is not well-formed XML: " + e.getMessage());
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        collect(document.getDocumentElement(), parts);
        return parts;
    }

    private void collect(Element element, Map<String, Part> parts) {
        if (LAYOUT_NAMESPACES.contains(element.getNamespaceURI())) {
            return;
        }
        if (element.hasAttribute("id")) {
            Map<String, String> values = new TreeMap<>();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (!attribute.getName().startsWith("xmlns")) {
                    values.put(attribute.getName(), attribute.getValue());
                }
            }
            NodeList children = element.getChildNodes();
            StringBuilder text = new StringBuilder();
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
            parts.putIfAbsent(element.getAttribute("id"), new Part(element.getAttribute("id"), name, element.getLocalName(), values));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, parts);
            }
        }
    }

    /** The content of a child without an id, leaving out descendants that have their own id. */
    private static String flatten(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            sorted.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        sorted.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append('>');
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                if (!childElement.hasAttribute("id")) {
                    out.append(flatten(childElement));
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue().trim());
            }
        }
        return out.append("</").append(element.getTagName()).append('>').toString();
    }

    private Map<String, Part> formParts(String content) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (Exception e) {
            throw new IllegalArgumentException("The form cannot be compared because it is not valid JSON.");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        if (form != null && form.has("components")) {
            collectComponents(form.get("components"), parts);
        }
        return parts;
    }

    private void collectComponents(JsonNode components, Map<String, Part> parts) {
        for (JsonNode component : components) {
            String id = component.hasNonNull("id") ? component.get("id").asText()
                    : component.hasNonNull("key") ? component.get("key").asText() : null;
            if (id != null) {
                Map<String, String> values = new TreeMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = component.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!"components".equals(field.getKey())) {
                        values.put(field.getKey(), field.getValue().toString());
                    }
                }
                String name = component.hasNonNull("label") ? component.get("label").asText()
                        : component.hasNonNull("key") ? component.get("key").asText() : null;
                String type = component.hasNonNull("type") ? component.get("type").asText() : "component";
                parts.putIfAbsent(id, new Part(id, name, type, values));
            }
            if (component.has("components")) {
                collectComponents(component.get("components"), parts);
            }
        }
    }
}
