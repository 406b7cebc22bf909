package app.ponte.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpDeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2017, 6, 30);

    @Test
    void openFollowUpIsNotOverdueOnItsDueDay() {
        assertThat(FollowUpDeadline.open(DUE).isOverdue(DUE)).isFalse();
    }

    @Test
    void openFollowUpIsOverdueTheDayAfter() {
        assertThat(FollowUpDeadline.open(DUE).isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(FollowUpDeadline.open(DUE).daysOverdue(DUE.plusDays(3))).isEqualTo(3);
    }

    @Test
    void completedFollowUpIsNeverOverdue() {
        var late = new FollowUpDeadline(DUE, DUE.plusDays(5));
        assertThat(late.isOverdue(DUE.plusYears(1))).isFalse();
        assertThat(late.daysOverdue(DUE.plusYears(1))).isZero();
        assertThat(late.completedLate()).isTrue();
    }

    @Test
    void completionOnDueDayIsOnTime() {
        assertThat(new FollowUpDeadline(DUE, DUE).completedLate()).isFalse();
    }
}
