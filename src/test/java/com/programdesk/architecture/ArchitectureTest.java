package com.programdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.programdesk.base.ui.Downloads;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.security.service.WithoutAuthorization;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The structure every feature follows (see DEVELOPERS.md, "How the code should look"). */
@AnalyzeClasses(packages = "com.programdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> DATA_ACCESS = DescribedPredicate.describe("data access",
            c -> c.isAssignableTo(Repository.class)
                    || c.getPackageName().startsWith("org.springframework.jdbc")
                    || c.getPackageName().startsWith("org.springframework.data.jdbc.core")
                    || c.isAssignableTo(javax.sql.DataSource.class));

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("com.programdesk.(*)..").should().beFreeOfCycles()
            .because("a feature builds on the ones below it; two features that need each other are one feature, or share an interface");

    @ArchTest
    static final ArchRule statisticsSubFeaturesAreFreeOfCycles = slices().matching("com.programdesk.statistics.(*)..")
            .should().beFreeOfCycles()
            .because("expressions, catalog, elements, indicators, rules, forms, cataloguefile, reporting, imports and dashboard"
                    + " build on each other in that order");

    @ArchTest
    static final ArchRule supervisionSubFeaturesAreFreeOfCycles = slices().matching("com.programdesk.supervision.(*)..")
            .should().beFreeOfCycles()
            .because("checklists, rounds, findings, reports and fieldwork build on each other in that order");

    @ArchTest
    static final ArchRule programSubFeaturesAreFreeOfCycles = slices().matching("com.programdesk.program.(*)..")
            .should().beFreeOfCycles()
            .because("plan, activities, calendar, targets and overview build on each other in that order");

    @ArchTest
    static final ArchRule baseKnowsNoFeature = noClasses().that().resideInAPackage("com.programdesk.base..")
            .should().dependOnClassesThat(DescribedPredicate.describe("belong to a feature",
                    c -> c.getPackageName().startsWith("com.programdesk.") && !c.getPackageName().startsWith("com.programdesk.base")))
            .because("base is the kit every feature uses; what needs a feature lives in that feature or in the shell above them all");

    @ArchTest
    static final ArchRule viewsTalkOnlyToServices = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(DATA_ACCESS)
            .because("views use the services, which own transactions, authorization and the row-level rule");

    @ArchTest
    static final ArchRule formsLeaveTheConflictToFormSave = classes().that().resideInAPackage("..ui..")
            .and().doNotBelongToAnyOf(FormSave.class)
            .and().doNotHaveFullyQualifiedName("com.programdesk.shell.ui.ErrorHandling")
            .should(neitherCatchNorName(OptimisticLockingFailureException.class))
            .because("a form runs its saves through FormSave, which shows a stale copy the way the form says; "
                    + "only the shell's error handler, the last resort, names the exception too");

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes().that().areAssignableTo(Repository.class)
            .should(onlyBeUsedByTheServiceOrDomainOfTheirOwnFeature());

    @ArchTest
    static final ArchRule domainKnowsNoServicesOrViews = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule servicesKnowNoViews = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule viewsLiveInUiPackages = classes().that().areAnnotatedWith(Route.class)
            .or().areAnnotatedWith(RouteAlias.class)
            .or().implement(HasErrorParameter.class)
            .or().implement(AppShellConfigurator.class)
            .or().areAssignableTo(WebComponentExporter.class)
            .should().resideInAPackage("..ui..")
            .because("Vaadin looks for them at start in the ui packages only (Application's @EnableVaadin)");

    @ArchTest
    static final ArchRule everyPublicServiceMethodIsAuthorized = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .and().areNotStatic()
            .should().beAnnotatedWith(PreAuthorize.class)
            .orShould().beAnnotatedWith(WithoutAuthorization.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(WithoutAuthorization.class)
            .because("services are the public API and guard every entry, whatever the UI shows");

    @ArchTest
    static final ArchRule onlyPreAuthorizeGuardsMethods = noClasses().should().dependOnClassesThat().haveFullyQualifiedName(PostAuthorize.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(PreFilter.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(PostFilter.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(Secured.class.getName())
            .because("method security interprets @PreAuthorize only (security.SecurityConfiguration): any other of these would be ignored");

    @ArchTest
    static final ArchRule everyPublicServiceMethodSurvivesALostDatabaseNode = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .and().areNotStatic()
            .should().beAnnotatedWith(Transactional.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(Transactional.class)
            .orShould().beAnnotatedWith(WithoutTransaction.class)
            .because("a call that met a Galera node going away runs again on another node (RetryWriteConflicts) only when it is"
                    + " transactional; otherwise the user is told the database is unavailable during a rolling restart");

    @ArchTest
    static final ArchRule editableAggregatesAreVersioned = classes().that().areAnnotatedWith(Table.class)
            .and().areNotRecords()
            .should(haveAFieldAnnotatedWith(Version.class))
            .because("concurrent edits must be detected (optimistic locking), never silently overwritten");

    @ArchTest
    static final ArchRule appendOnlyAggregatesAreImmutable = classes().that().areAnnotatedWith(Table.class)
            .and().areRecords()
            .and(haveAnIdField())
            .should().haveSimpleNameEndingWith("Event").orShould().haveSimpleNameEndingWith("Transition")
            .orShould().haveSimpleNameEndingWith("Entry").orShould().haveSimpleName("Attachment")
            .because("an aggregate that is a record is an append-only log entry; anything editable is a class with @Version");

    @ArchTest
    static final ArchRule onlyTheWorkflowChangesAState = noClasses()
            .that().haveSimpleNameNotEndingWith("Workflow")
            .should().callMethodWhere(DescribedPredicate.describe("a workflow state setter",
                    call -> call.getName().equals("setStatus")
                            && call.getTarget().getOwner().getPackageName().endsWith(".domain")
                            && call.getTarget().getOwner().getPackageName().startsWith("com.programdesk")))
            .because("each workflow has one place that owns its transitions and records who, when and why");

    @ArchTest
    static final ArchRule downloadsTellTheUserWhenTheyFail = classes().that().resideInAPackage("..ui..")
            .should(passDownloadHandlersOnlyThrough(Downloads.class))
            .because("a failed download otherwise shows nothing in the page (base.ui.Downloads)");

    /** A class that hands a download to a component (an Anchor) makes it with {@code Downloads.of}. */
    private static ArchCondition<JavaClass> passDownloadHandlersOnlyThrough(Class<?> wrapper) {
        return new ArchCondition<>("pass download handlers only through " + wrapper.getSimpleName()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                // made here with the wrapper, or by a method of the app that returns one (and is checked where it is)
                boolean wraps = javaClass.getCodeUnitCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().isEquivalentTo(wrapper)
                        || call.getTargetOwner().getPackageName().startsWith("com.programdesk") && !call.getTargetOwner().equals(javaClass)
                        && call.getTarget().resolveMember().map(member -> member instanceof com.tngtech.archunit.core.domain.JavaMethod method
                                && method.getRawReturnType().isEquivalentTo(com.vaadin.flow.server.streams.DownloadHandler.class)).orElse(false));
                javaClass.getCodeUnitCallsFromSelf().stream()
                        .filter(call -> !call.getTargetOwner().isEquivalentTo(wrapper))
                        .filter(call -> call.getTarget().getRawParameterTypes().stream()
                                .anyMatch(type -> type.isEquivalentTo(com.vaadin.flow.server.streams.DownloadHandler.class)))
                        .filter(call -> !wraps)
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }

    private static DescribedPredicate<JavaClass> haveAnIdField() {
        return DescribedPredicate.describe("have an @Id", c -> c.getAllFields().stream()
                .anyMatch(f -> f.isAnnotatedWith(org.springframework.data.annotation.Id.class)));
    }

    private static ArchCondition<JavaClass> onlyBeUsedByTheServiceOrDomainOfTheirOwnFeature() {
        return new ArchCondition<>("only be used by the service or domain package of their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean sameFeature = feature.equals(feature(user));
                    boolean serviceOrDomain = user.getPackageName().endsWith(".service") || user.getPackageName().endsWith(".domain");
                    if (!(sameFeature && serviceOrDomain)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** A caught type is no dependency for ArchUnit, so the catch blocks are looked at too. */
    private static ArchCondition<JavaClass> neitherCatchNorName(Class<? extends Throwable> exception) {
        return new ArchCondition<>("neither catch nor name " + exception.getSimpleName()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getCodeUnits().stream().flatMap(unit -> unit.getTryCatchBlocks().stream())
                        .filter(block -> block.getCaughtThrowables().stream().anyMatch(caught -> caught.isAssignableTo(exception)))
                        .forEach(block -> events.add(SimpleConditionEvent.violated(block,
                                block.getOwner().getFullName() + " catches " + exception.getSimpleName() + " " + block.getSourceCodeLocation())));
                javaClass.getDirectDependenciesFromSelf().stream()
                        .filter(dependency -> dependency.getTargetClass().isAssignableTo(exception))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }

    private static ArchCondition<JavaClass> haveAFieldAnnotatedWith(Class<? extends java.lang.annotation.Annotation> annotation) {
        return new ArchCondition<>("have a field annotated with @" + annotation.getSimpleName()) {
            @Override
            public void check(JavaClass aggregate, ConditionEvents events) {
                boolean found = aggregate.getAllFields().stream()
                        .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                        .anyMatch(f -> f.isAnnotatedWith(annotation));
                if (!found) {
                    events.add(SimpleConditionEvent.violated(aggregate, aggregate.getName() + " has no @" + annotation.getSimpleName() + " field"));
                }
            }
        };
    }

    private static String feature(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
