package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import app.ponte.opportunity.AdvanceOpportunity;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityStage;

/** The cached resolver must answer exactly what Axon's own annotation resolver answers, for every kind of command. */
class CachingTargetResolverTest {

    private final CachingTargetResolver cached = new CachingTargetResolver();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record OnComponent(@TargetAggregateIdentifier String id, String note) {
    }

    record WithVersion(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {
    }

    record VersionAsText(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }

    static final class OnMethod {
        private final UUID id = UUID.randomUUID();

        @TargetAggregateIdentifier
        UUID target() {
            return id;
        }
    }

    static class OnInheritedField {
        @TargetAggregateIdentifier
        protected final String id = "inherited-1";
    }

    static final class Subclass extends OnInheritedField {
    }

    record NoTarget(String id) {
    }

    @Test
    void answersAsAxonsResolverDoes() {
        List<Object> commands = List.of(new OnComponent("counter-1", "note"), new WithVersion("counter-2", 7L),
                new VersionAsText("counter-3", "12"), new OnMethod(), new Subclass(),
                new AdvanceOpportunity(new OpportunityId(UUID.randomUUID()), OpportunityStage.QUALIFIED));
        for (Object command : commands) {
            // Twice: the second answer comes from what the first call remembered about the type.
            for (int call = 0; call < 2; call++) {
                VersionedAggregateIdentifier expected = axon.resolveTarget(GenericCommandMessage.asCommandMessage(command));
                VersionedAggregateIdentifier actual = cached.resolveTarget(GenericCommandMessage.asCommandMessage(command));
                assertThat(actual).as(command.getClass().getSimpleName()).isEqualTo(expected);
                assertThat(actual.getIdentifierValue()).isEqualTo(expected.getIdentifierValue());
                assertThat(actual.getVersion()).isEqualTo(expected.getVersion());
            }
        }
    }

    @Test
    void aCommandWithoutTargetIsRefusedNamingIt() {
        assertThatThrownBy(() -> cached.resolveTarget(GenericCommandMessage.asCommandMessage(new NoTarget("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoTarget")
                .hasMessageContaining("@TargetAggregateIdentifier");
        assertThatThrownBy(() -> cached.resolveTarget(GenericCommandMessage.asCommandMessage(
                new OnComponent(null, "no id")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OnComponent");
    }

    @Test
    void aVersionThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> cached.resolveTarget(GenericCommandMessage.asCommandMessage(
                new VersionAsText("counter-4", "seven")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
    }
}
