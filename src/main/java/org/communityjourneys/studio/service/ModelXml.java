package org.communityjourneys.studio.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.communityjourneys.studio.domain.ModelFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading a model file safely before anyone else does: XML without DOCTYPEs or external
 * entities (XXE), a form-js form's key, a model's first id, and the message at the root of a
 * refusal.
 */
public final class ModelXml {

    /** The Camunda extension namespace of BPMN models. */
    public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** The Camunda extension namespace of DMN models. */
    public static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelXml() {
    }

    /** Reads XML without DOCTYPEs, external entities, external DTDs or schemas, or XInclude. */
    public static DocumentBuilder hardenedXmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened: " + e.getMessage(), e);
        }
    }

    /** The key (the {@code id}) of a form-js form, when the JSON has one. */
    public static Optional<String> formKey(String content) {
        try {
            JsonNode id = JSON.readTree(content).get("id");
            return id != null && id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The id of the first element with this local name (a BPMN process, a DMN decision), when readable. */
    public static Optional<String> firstId(ModelFile file, String localName) {
        try {
            NodeList elements = hardenedXmlParser().parse(new ByteArrayInputStream(file.content()))
                    .getElementsByTagNameNS("*", localName);
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("id")) {
                    return Optional.of(element.getAttribute("id"));
                }
            }
        } catch (Exception e) {
            // not readable: validation names the problem
        }
        return Optional.empty();
    }

    /** The message of the innermost cause that has one. */
    public static String rootMessage(Throwable error) {
        Throwable current = error;
        String message = error.getMessage();
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
            if (current.getMessage() != null) {
                message = current.getMessage();
            }
        }
        return message;
    }
}
