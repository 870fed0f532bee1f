package org.communityjourneys.studio.ui;

import org.communityjourneys.studio.domain.ModelKind;

/** What a new process, decision or form starts from in the editor. */
final class NewModels {

    private NewModels() {
    }

    static String template(ModelKind kind, String key) {
        return switch (kind) {
            case FORM -> form(key);
            case PROCESS -> process(key);
            case DECISION -> decision(key);
        };
    }

    private static String form(String key) {
        return """
                {
                  "id": "%s",
                  "type": "default",
                  "schemaVersion": 16,
                  "components": []
                }
                """.formatted(key);
    }

    private static String process(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_%1$s" targetNamespace="https://communityjourneys.org/processes">
                  <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="P365D">
                    <bpmn:startEvent id="started" name="Started">
                      <bpmn:outgoing>toFinished</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:endEvent id="finished" name="Finished">
                      <bpmn:incoming>toFinished</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:sequenceFlow id="toFinished" sourceRef="started" targetRef="finished" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_%1$s">
                    <bpmndi:BPMNPlane id="Plane_%1$s" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="started_di" bpmnElement="started">
                        <dc:Bounds x="152" y="102" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="finished_di" bpmnElement="finished">
                        <dc:Bounds x="352" y="102" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="toFinished_di" bpmnElement="toFinished">
                        <di:waypoint x="188" y="120" />
                        <di:waypoint x="352" y="120" />
                      </bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key);
    }

    private static String decision(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_%1$s" name="%1$s" namespace="https://communityjourneys.org/decisions">
                  <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="P365D">
                    <decisionTable id="Table_%1$s" hitPolicy="FIRST">
                      <input id="Input_1" label="Amount (pounds)">
                        <inputExpression id="InputExpression_1" typeRef="integer">
                          <text>amountPounds</text>
                        </inputExpression>
                      </input>
                      <output id="Output_1" label="Route" name="route" typeRef="string" />
                      <rule id="Rule_1">
                        <inputEntry id="InputEntry_1">
                          <text>-</text>
                        </inputEntry>
                        <outputEntry id="OutputEntry_1">
                          <text>"default"</text>
                        </outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key);
    }
}
