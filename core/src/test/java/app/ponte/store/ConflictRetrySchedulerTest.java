package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class ConflictRetrySchedulerTest {

    private final CommandMessage<String> command = GenericCommandMessage.asCommandMessage("tick");

    @Test
    void aConflictIsRetriedMoreThanThreeTimesWhileTheGiveUpTimeHasNotPassed() {
        var scheduler = ConflictRetryScheduler.givingUpAfter(Duration.ofSeconds(10), e -> false);

        assertThat(scheduler.scheduleRetry(command, conflict(), attempts(8), () -> { })).isTrue();
    }

    @Test
    void aConflictGivesUpOnlyOnceTheConfiguredTimeHasPassedSinceTheFirstConflict() {
        var clock = new AtomicLong();
        var scheduler = new ConflictRetryScheduler(Integer.MAX_VALUE, Duration.ofSeconds(10), clock::get, e -> false);
        var dispatches = new AtomicInteger();
        var answers = new java.util.TreeMap<Integer, Boolean>();

        // A retry that conflicts again, nine seconds later, is still retried; the one at ten seconds gives up.
        Runnable dispatch = new Runnable() {
            @Override
            public void run() {
                int attempt = dispatches.incrementAndGet();
                clock.addAndGet(Duration.ofMillis(4_500).toNanos());
                answers.put(attempt, scheduler.scheduleRetry(command, conflict(), attempts(attempt + 1), this));
            }
        };
        assertThat(scheduler.scheduleRetry(command, conflict(), attempts(1), dispatch)).isTrue();
        assertThat(answers).containsExactly(entry(1, true), entry(2, true), entry(3, false));
    }

    @Test
    void somethingElseThanAConflictIsNotRetried() {
        var scheduler = ConflictRetryScheduler.givingUpAfter(Duration.ofSeconds(10), e -> false);

        assertThat(scheduler.scheduleRetry(command, new IllegalStateException("no"), attempts(1), () -> { }))
                .isFalse();
    }

    @Test
    void theBackoffIsJitteredAndGrowsUpToItsCap() {
        List<Long> first = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(ConflictRetryScheduler.backoffMillis(1));
            later.add(ConflictRetryScheduler.backoffMillis(12));
        }
        assertThat(first).allMatch(wait -> wait >= 0 && wait <= 5);
        assertThat(later).allMatch(wait -> wait >= 0 && wait <= 250);
        assertThat(later.stream().distinct().count()).as("jittered").isGreaterThan(20);
        assertThat(later.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(5);
    }

    private static ConcurrencyException conflict() {
        return new ConcurrencyException("the sequence number is taken");
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> attempts(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
