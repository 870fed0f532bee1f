package org.communityjourneys.studio.service;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityjourneys.studio.domain.ModelProblem;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules every BPMN or DMN file must meet before any engine parser reads it: no scripts, no
 * connectors, imports or external resources, only allow-listed classes and delegate beans, and
 * every expression in an attribute or a text of one of the shapes {@link ExpressionShape} allows.
 * It needs no engine, so the seed deployment runs it too.
 */
public final class ModelSafety {

    /** The beans the models may name as {@code camunda:delegateExpression="${bean}"}: the ones the seed models use. */
    public static final Set<String> DELEGATE_BEANS = Set.of(
            "applyJourneyDefaults", "certifyVoteResult", "closeIdeasWindow", "closeVote", "confirmShortlist",
            "grantStepDone", "learningReviewTaskDone", "learningReviewTaskOpened", "loadDistributionDeadline",
            "loadGrantFacts", "loadIdeaFacts", "loadIdeasToScreen", "loadShortlist", "offerGrantTaskToHolder", "openGrant",
            "openIdeasWindow", "openVote", "publishResults",
            "recordDirectGrantClaim", "recordDirectGrantDecision", "recordDirectGrantPayment", "recordGrantAgreement", "recordGrantClaim",
            "recordGrantDecision", "recordGrantPayment", "recordGrantRoute", "recordIdeaEligibility", "recordShowcaseConversation",
            "releaseUnspentBudget", "reserveJourneyBudget", "sendGrantReminder", "sendTaskReminder", "tallyVotes",
            "withdrawGrant");

    /** Beans an expression ({@code ${bean.method(...)}}) may call besides the delegates (methods: {@link ExpressionShape#BEAN_METHODS}). */
    public static final Set<String> EXPRESSION_BEANS = ExpressionShape.BEAN_METHODS.keySet();

    /** Java classes a model may name with {@code camunda:class}: none so far. */
    public static final Set<String> CLASSES = Set.of();


    private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    private final ExpressionShape expressions;

    /** @param isApplicationBean whether a name is a bean of the application (a model may not reach one by name) */
    public ModelSafety(Predicate<String> isApplicationBean) {
        this.expressions = new ExpressionShape(isApplicationBean);
    }

    /**
     * The problems of an XML file, when it can be read; a file that is not well-formed XML (or has a
     * DOCTYPE) gives no problems here, for the engine's parser to name.
     */
    public List<ModelProblem> checkIfReadable(String fileName, byte[] xml) {
        Element root;
        try {
            root = ModelXml.hardenedXmlParser().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            return List.of();
        }
        return check(fileName, root);
    }

    /** The problems of the XML document with the given root element; empty when it is safe to hand to the engine. */
    public List<ModelProblem> check(String fileName, Element root) {
        List<ModelProblem> problems = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        collect(root, elements);
        for (Element element : elements) {
            String name = element.getLocalName();
            String where = idOf(element);
            String namespace = String.valueOf(element.getNamespaceURI());
            boolean camunda = namespace.startsWith("http://camunda.org/schema/");
            if ("scriptTask".equals(name) || (camunda && "script".equals(name))) {
                problems.add(ModelProblem.of(fileName, where, "script.not-allowed", "studio.safety.script"));
            }
            if (camunda && "connector".equals(name)) {
                problems.add(ModelProblem.of(fileName, where, "external.resource", "studio.safety.connector"));
            }
            if ("import".equals(name)) {
                problems.add(ModelProblem.of(fileName, where, "external.resource", "studio.safety.import"));
            }
            checkAttributes(fileName, element, where, camunda, problems);
            String text = ownText(element);
            if (!text.isBlank()) {
                if (hasChildElements(element) && element.getTextContent().contains("{")) {
                    problems.add(ModelProblem.of(fileName, where, ExpressionShape.SHAPE_NOT_ALLOWED, "studio.safety.mixedText", name));
                }
                checkExpressions(fileName, where, text, problems);
            }
        }
        return problems;
    }

    private void checkAttributes(String fileName, Element element, String where, boolean camundaElement, List<ModelProblem> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue();
            boolean camunda = ModelXml.CAMUNDA_NS.equals(attribute.getNamespaceURI())
                    || ModelXml.CAMUNDA_DMN_NS.equals(attribute.getNamespaceURI()) || camundaElement;
            if ("scriptFormat".equals(name) || ("language".equals(name) && "conditionExpression".equals(element.getLocalName()))) {
                problems.add(ModelProblem.of(fileName, where, "script.not-allowed", "studio.safety.scriptCondition"));
            } else if ("expressionLanguage".equals(name) && !"feel".equalsIgnoreCase(value.trim())) {
                problems.add(ModelProblem.of(fileName, where, "script.not-allowed", "studio.safety.expressionLanguage", value));
            } else if (camunda && "class".equals(name)) {
                if (!CLASSES.contains(value.trim())) {
                    problems.add(ModelProblem.of(fileName, where, "class.not-allowed", "studio.safety.class", value));
                }
            } else if (camunda && "delegateExpression".equals(name)) {
                Matcher bean = DELEGATE.matcher(value.trim());
                if (!bean.matches() || !DELEGATE_BEANS.contains(bean.group(1))) {
                    problems.add(ModelProblem.of(fileName, where, "delegate.not-allowed", "studio.safety.delegate", value));
                }
            } else if (camunda && "resource".equals(name)) {
                problems.add(ModelProblem.of(fileName, where, "external.resource", "studio.safety.resource"));
            } else {
                checkExpressions(fileName, where, value, problems);
            }
        }
    }

    private void checkExpressions(String fileName, String where, String text, List<ModelProblem> problems) {
        for (ExpressionShape.Refusal refusal : expressions.check(text)) {
            problems.add(ModelProblem.of(fileName, where, refusal.rule(), "studio.expression.refused",
                    refusal.expression(), refusal.reason()));
        }
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, into);
            }
        }
    }

    private static boolean hasChildElements(Element element) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** The id of the element or of its nearest ancestor that has one. */
    private static String idOf(Element element) {
        Node current = element;
        while (current instanceof Element candidate) {
            if (candidate.hasAttribute("id")) {
                return candidate.getAttribute("id");
            }
            current = candidate.getParentNode();
        }
        return null;
    }
}
