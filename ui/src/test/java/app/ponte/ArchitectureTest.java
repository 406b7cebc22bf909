package app.ponte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of DESIGN.md and the domain's own rules, in one place for the three modules, checked on every
 * build. A class's module is told by
 * where it was loaded from, so the rules hold whether the modules arrive as class folders or as jars.
 */
class ArchitectureTest {

    private static JavaClasses ponte;

    @BeforeAll
    static void importPonte() {
        ponte = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.ponte");
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        var location = Pattern.compile(
                "/" + module + "/target/classes/|/ponte-" + module + "-[^/]*\\.jar!/");
        return DescribedPredicate.describe("in module " + module, javaClass -> javaClass.getSource()
                .map(source -> location.matcher(source.getUri().toString()).find())
                .orElse(false));
    }

    private static final DescribedPredicate<JavaClass> AGGREGATES = DescribedPredicate.describe("aggregates",
            javaClass -> javaClass.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(AggregateIdentifier.class)));

    @Test
    void theDomainKnowsNothingOfSpringMongoDbOrVaadin() {
        noClasses().that(inModule("core").and(JavaClass.Predicates.resideOutsideOfPackage("app.ponte.store..")))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..", "com.vaadin..",
                        "app.ponte.store..")
                .because("domain packages are plain Java and Axon; only app.ponte.store talks to MongoDB")
                .check(ponte);
    }

    private static final DescribedPredicate<JavaClass> DOMAIN = inModule("core")
            .and(JavaClass.Predicates.resideOutsideOfPackage("app.ponte.store.."));

    @Test
    void theDomainsPackagesHaveNoCycles() {
        slices().matching("app.ponte.(*)..").should().beFreeOfCycles().check(ponte.that(inModule("core")));
    }

    @Test
    void theDomainRefusesWithDomainExceptions() {
        // The crypto classes may still fail on a JVM without AES, an unreadable key file or a value built wrongly in
        // code; that is a broken installation or a bug, never a refused command.
        noClasses().that(DOMAIN)
                .and().doNotHaveSimpleName("InMemoryKeyStore").and().doNotHaveSimpleName("CryptoShredder")
                .and().doNotHaveSimpleName("KeyEncryptionKeys").and().doNotHaveSimpleName("Unsealed")
                .should().dependOnClassesThat().haveFullyQualifiedName(IllegalStateException.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(IllegalArgumentException.class.getName())
                .because("a refused command is a DomainException whose message an officer can read")
                .check(ponte);
    }

    @Test
    void theDomainPrintsNothingToStandardStreams() {
        noClasses().that(DOMAIN)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(ponte);
    }

    @Test
    void projectionsKnowNothingOfVaadinOrTheWeb() {
        noClasses().that(inModule("projections"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.vaadin..", "org.springframework.web..", "jakarta.servlet..")
                .because("read models are served through queries, to views and APIs alike")
                .check(ponte);
    }

    @Test
    void theUiReachesTheDomainOnlyThroughTheGateways() {
        noClasses().that(inModule("ui").and(JavaClass.Predicates.resideOutsideOfPackage("app.ponte.config..")))
                .should().dependOnClassesThat(AGGREGATES)
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "app.ponte.store..", "org.axonframework.eventsourcing..", "org.axonframework.modelling..")
                .orShould().dependOnClassesThat().areAnnotatedWith(ProcessingGroup.class)
                .because("views send commands and queries through CommandGateway and QueryGateway; "
                        + "only the wiring in app.ponte.config names aggregates, projections and the store")
                .check(ponte);
    }

    /*
     * Accounts, memberships, API tokens and sign-in records are administration, not part of the audited domain
     * record, so app.ponte.security keeps them as plain MongoDB documents; views and the API reach them only through
     * that package. Display links are the same kind of administration, kept by DisplayLinks in app.ponte.wall, and so
     * are personal calendar links, kept by CalendarLinks in app.ponte.calendar.
     * Webhooks keep their outbox, endpoints' read model and secrets in WebhookStore and WebhookSecrets; the outbox
     * and the dispatcher work on those documents, and the webhooks screen reaches them only through
     * WebhookAdministration.
     * Import reports (what happened to each row of a file) are kept by ImportReports.
     */
    @Test
    void theUiTouchesMongoDbOnlyInTheWiringAndTheAccountStore() {
        noClasses().that(inModule("ui").and(JavaClass.Predicates.resideOutsideOfPackages(
                        "app.ponte.config..", "app.ponte.security..")))
                .and().doNotHaveFullyQualifiedName("app.ponte.wall.DisplayLinks")
                .and().doNotHaveFullyQualifiedName("app.ponte.webhooks.WebhookStore")
                .and().doNotHaveFullyQualifiedName("app.ponte.webhooks.WebhookSecrets")
                .and().doNotHaveFullyQualifiedName("app.ponte.webhooks.WebhookOutbox")
                .and().doNotHaveFullyQualifiedName("app.ponte.webhooks.WebhookDispatcher")
                .and().doNotHaveFullyQualifiedName("app.ponte.webhooks.WebhookAdministration")
                .and().doNotHaveFullyQualifiedName("app.ponte.calendar.CalendarLinks")
                .and().doNotHaveFullyQualifiedName("app.ponte.imports.ImportReports")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .because("read models are queried through the gateway; accounts through app.ponte.security, "
                        + "display links through DisplayLinks, webhooks through WebhookStore and WebhookSecrets, "
                        + "calendar links through CalendarLinks, import reports through ImportReports")
                .check(ponte);
    }

    @Test
    void commandsEventsQueriesAndResultsAreRecords() {
        methods().that().areAnnotatedWith(CommandHandler.class)
                .or().areAnnotatedWith(EventHandler.class)
                .or().areAnnotatedWith(EventSourcingHandler.class)
                .or().areAnnotatedWith(QueryHandler.class)
                .should(handleAndAnswerRecords())
                .check(ponte);
    }

    @Test
    void eachAggregatesEventsShareOneSealedInterface() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should(new ArchCondition<>("take an event that implements a sealed interface") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        var event = method.reflect().getParameterTypes()[0];
                        var sealed = Arrays.stream(event.getInterfaces()).anyMatch(Class::isSealed);
                        events.add(new SimpleConditionEvent(method, sealed,
                                event.getName() + (sealed ? " implements" : " does not implement")
                                        + " a sealed event interface, in " + method.getFullName()));
                    }
                })
                .check(ponte);
    }

    @Test
    void aggregatesLiveInCore() {
        classes().that(AGGREGATES).should(new ArchCondition<>("be in module core") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                var inCore = inModule("core").test(javaClass);
                events.add(new SimpleConditionEvent(javaClass, inCore, javaClass.getName() + " is "
                        + (inCore ? "" : "not ") + "in core"));
            }
        }).check(ponte);
    }

    private static ArchCondition<JavaMethod> handleAndAnswerRecords() {
        return new ArchCondition<>("take a record and, for queries, answer records") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var reflected = method.reflect();
                var message = reflected.getParameterTypes()[0];
                events.add(new SimpleConditionEvent(method, message.isRecord(),
                        message.getName() + (message.isRecord() ? " is" : " is not") + " a record, in "
                                + method.getFullName()));
                if (method.isAnnotatedWith(QueryHandler.class)) {
                    var result = resultType(reflected.getGenericReturnType());
                    events.add(new SimpleConditionEvent(method, result.isRecord(),
                            result.getName() + (result.isRecord() ? " is" : " is not") + " a record, answered by "
                                    + method.getFullName()));
                }
            }
        };
    }

    /** The element type of a collection or optional answer, else the answer's own type. */
    private static Class<?> resultType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || Optional.class.equals(raw))) {
            return resultType(parameterized.getActualTypeArguments()[0]);
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return (Class<?>) type;
    }
}
