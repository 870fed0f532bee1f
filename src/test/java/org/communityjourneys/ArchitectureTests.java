package org.communityjourneys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rules that hold for every module (production classes only). */
@AnalyzeClasses(packages = "org.communityjourneys", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule onlyTheWorkflowModuleTalksToCamunda = noClasses()
            .that().resideOutsideOfPackage("org.communityjourneys.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("only the workflow module adapts Camunda; feature modules expose services and events");

    @ArchTest
    static final ArchRule domainDoesNotDependOnServicesOrScreens = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
            .because("entities, repositories and events sit below the services and the screens");

    @ArchTest
    static final ArchRule servicesDoNotDependOnScreens = noClasses()
            .that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("services must work without the Vaadin UI (delegates, REST, tests)");

    @ArchTest
    static final ArchRule noVagueClassNames = classes()
            .should().haveSimpleNameNotEndingWith("Manager")
            .andShould().haveSimpleNameNotEndingWith("Helper")
            .andShould().haveSimpleNameNotEndingWith("Util")
            .andShould().haveSimpleNameNotEndingWith("Utils")
            .because("names say what a class is in the brief's words");
}
