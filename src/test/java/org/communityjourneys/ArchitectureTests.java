package org.communityjourneys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.communityjourneys.shared.service.InSameTransaction;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

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

    /**
     * Access annotations are Vaadin's navigation checks, so they belong on views, layouts and error
     * views only:
     * there is no method security (SecurityConfiguration), and one on a service or a method would
     * look like a check and check nothing. Services check roles themselves.
     */
    @ArchTest
    static final ArchRule accessAnnotationsOnlyOnViewsAndLayouts = classes()
            .that().areAnnotatedWith(RolesAllowed.class).or().areAnnotatedWith(PermitAll.class)
            .or().areAnnotatedWith(DenyAll.class).or().areAnnotatedWith(AnonymousAllowed.class)
            .should().beAnnotatedWith(Route.class).orShould().beAnnotatedWith(Layout.class)
            .orShould().beAssignableTo(HasErrorParameter.class)
            .because("without method security an access annotation elsewhere would check nothing");

    @ArchTest
    static final ArchRule noAccessAnnotationsOnMethods = methods()
            .should().notBeAnnotatedWith(RolesAllowed.class).andShould().notBeAnnotatedWith(PermitAll.class)
            .andShould().notBeAnnotatedWith(DenyAll.class).andShould().notBeAnnotatedWith(AnonymousAllowed.class)
            .because("without method security an access annotation on a method would check nothing");

    /**
     * A listener to one of the modules' events says when it runs: {@link InSameTransaction} (inside
     * the publisher's transaction, for what must commit with the change) or
     * {@link ApplicationModuleListener} (after commit, durable in the event publication registry).
     * A bare {@code @EventListener} or {@code @TransactionalEventListener} leaves that to chance.
     */
    @ArchTest
    static final ArchRule everyDomainEventListenerChoosesItsTransactionPhase = methods()
            .that(new DescribedPredicate<JavaMethod>("listen to a module's domain event") {
                @Override
                public boolean test(JavaMethod method) {
                    boolean listens = method.isAnnotatedWith(EventListener.class) || method.isMetaAnnotatedWith(EventListener.class)
                            || method.isMetaAnnotatedWith(TransactionalEventListener.class)
                            || method.isAnnotatedWith(TransactionalEventListener.class);
                    return listens && method.getRawParameterTypes().stream().anyMatch(ArchitectureTests::isDomainEvent);
                }
            })
            .should(new ArchCondition<JavaMethod>("be @InSameTransaction or @ApplicationModuleListener") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean chosen = method.isAnnotatedWith(InSameTransaction.class)
                            || method.isAnnotatedWith(ApplicationModuleListener.class);
                    events.add(new SimpleConditionEvent(method, chosen, method.getFullName()
                            + (chosen ? " chooses its phase" : " listens without choosing same transaction or after commit")));
                }
            });

    private static boolean isDomainEvent(JavaClass type) {
        return type.getPackageName().startsWith("org.communityjourneys.") && type.getPackageName().endsWith(".domain");
    }
}
