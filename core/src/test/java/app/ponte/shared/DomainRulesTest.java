package app.ponte.shared;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
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
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

/** Rules the domain packages keep, checked on every build so they do not erode. */
class DomainRulesTest {

    private static final String[] DOMAIN = {"app.ponte.program..", "app.ponte.organization..", "app.ponte.contact..",
        "app.ponte.opportunity..", "app.ponte.followup..", "app.ponte.shared..", "app.ponte.privacy..",
        "app.ponte.mission.."};

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.ponte");

    private static final DescribedPredicate<JavaClass> EVENT_INTERFACE = describe("an aggregate's event interface",
            c -> c.isInterface() && c.getSimpleName().endsWith("Event"));

    private static final ArchCondition<JavaMethod> TAKE_A_RECORD_FIRST = new ArchCondition<>(
            "take a command record as first parameter") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            JavaClass first = method.getRawParameterTypes().get(0);
            if (!first.isRecord()) {
                events.add(violated(method, method.getFullName() + " handles " + first.getName()));
            }
        }
    };

    @Test
    void domainKnowsNothingOfSpringMongoVaadinOrTheStore() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "com.vaadin..", "app.ponte.store..")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("app.ponte.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void eventsAreRecords() {
        classes().that().resideInAnyPackage(DOMAIN).and().implement(EVENT_INTERFACE)
                .should().beRecords()
                .check(CORE);
    }

    @Test
    void commandHandlersTakeCommandRecords() {
        methods().that().areAnnotatedWith(CommandHandler.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
                .should(TAKE_A_RECORD_FIRST)
                .check(CORE);
    }

    @Test
    void rejectionsAreDomainExceptions() {
        // The crypto classes may still fail on a JVM without AES, an unreadable key file or a value built wrongly in
        // code; that is a broken installation or a bug, never a refused command.
        noClasses().that().resideInAnyPackage(DOMAIN)
                .and(not(simpleName("InMemoryKeyStore").or(simpleName("CryptoShredder"))
                        .or(simpleName("KeyEncryptionKeys")).or(simpleName("Unsealed"))))
                .should().dependOnClassesThat().haveFullyQualifiedName(IllegalStateException.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(IllegalArgumentException.class.getName())
                .because("a refused command is a DomainException whose message an officer can read")
                .check(CORE);
    }

    @Test
    void nothingPrintsToStandardStreams() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CORE);
    }
}
