package org.communityjourneys.studio.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * Attributes that say what their absence says: the BPMN 2.0 and DMN 1.3 schema defaults, the
 * Camunda extension defaults and Camunda's own reading of a missing {@code isExecutable} (true).
 * bpmn-js, dmn-js and form-js write some of these and drop others on a round-trip, so the diff
 * leaves them out on both sides. Each entry is "element attribute" (element {@code *} for any).
 */
final class ModelDefaults {

    private static final Map<String, String> XML = Map.ofEntries(
            Map.entry("* camunda:asyncBefore", "false"),
            Map.entry("* camunda:asyncAfter", "false"),
            Map.entry("* camunda:exclusive", "true"),
            Map.entry("* isForCompensation", "false"),
            Map.entry("* startQuantity", "1"),
            Map.entry("* completionQuantity", "1"),
            Map.entry("* parallelMultiple", "false"),
            Map.entry("* gatewayDirection", "Unspecified"),
            Map.entry("process isExecutable", "true"),
            Map.entry("process isClosed", "false"),
            Map.entry("process processType", "None"),
            Map.entry("process camunda:isStartableInTasklist", "true"),
            Map.entry("startEvent isInterrupting", "true"),
            Map.entry("boundaryEvent cancelActivity", "true"),
            Map.entry("subProcess triggeredByEvent", "false"),
            Map.entry("eventBasedGateway instantiate", "false"),
            Map.entry("eventBasedGateway eventGatewayType", "Exclusive"),
            Map.entry("receiveTask instantiate", "false"),
            Map.entry("userTask implementation", "##unspecified"),
            Map.entry("businessRuleTask implementation", "##unspecified"),
            Map.entry("serviceTask implementation", "##WebService"),
            Map.entry("sendTask implementation", "##WebService"),
            Map.entry("receiveTask implementation", "##WebService"),
            Map.entry("userTask camunda:formRefBinding", "latest"),
            Map.entry("multiInstanceLoopCharacteristics isSequential", "false"),
            Map.entry("multiInstanceLoopCharacteristics behavior", "All"),
            Map.entry("decisionTable hitPolicy", "UNIQUE"),
            Map.entry("decisionTable preferredOrientation", "Rule-as-Row"));

    /** form-js properties whose value is what form-js assumes when the property is missing. */
    private static final Map<String, Set<String>> FORM = Map.of(
            "disabled", Set.of("false"),
            "readonly", Set.of("false"),
            "searchable", Set.of("false"),
            "validate", Set.of("{}"),
            "properties", Set.of("{}"),
            "appearance", Set.of("{}"),
            "description", Set.of("\"\""));

    private ModelDefaults() {
    }

    /** Whether this attribute of this element (local name) has its default value. */
    static boolean isDefault(String element, String attribute, String value) {
        String defaultValue = XML.get(element + " " + attribute);
        if (defaultValue == null) {
            defaultValue = XML.get("* " + attribute);
        }
        return defaultValue != null && defaultValue.equals(value.strip());
    }

    /** Whether a form-js component property is missing in effect (null, or its default). */
    static boolean isFormDefault(String property, JsonNode value) {
        return value == null || value.isNull() || FORM.getOrDefault(property, Set.of()).contains(value.toString());
    }
}
