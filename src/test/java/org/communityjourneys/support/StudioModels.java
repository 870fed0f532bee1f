package org.communityjourneys.support;

import java.util.UUID;
import org.communityjourneys.studio.domain.ModelFile;

/** Small models for studio tests: a start event, one user task, an end event, with variations. */
public final class StudioModels {

    public static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            """;

    private StudioModels() {
    }

    public static String uniqueKey() {
        return "studio-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid process with a user task "Check" using the record-payment form. */
    public static String process(String key) {
        return process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"GOVERNANCE\" camunda:formRef=\"record-payment\" camunda:formRefBinding=\"latest\"", "");
    }

    public static String process(String key, String processAttributes, String taskAttributes, String extraElements) {
        return HEADER.strip() + "\n" + """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://communityjourneys.org/test">
                  <bpmn:process id="%s" name="Studio test" isExecutable="true" %s>
                    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
                    <bpmn:userTask id="check" name="Check" %s><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
                    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, processAttributes, taskAttributes, extraElements);
    }

    public static ModelFile file(String key, String xml) {
        return ModelFile.of("processes/" + key + ".bpmn", xml);
    }

    public static String form(String id, String... keys) {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                components.append(",");
            }
            components.append("{\"type\":\"textfield\",\"id\":\"Field_").append(i).append("\",\"key\":\"").append(keys[i])
                    .append("\",\"label\":\"").append(keys[i]).append("\"}");
        }
        return "{\"id\":\"" + id + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[" + components + "]}";
    }
}
