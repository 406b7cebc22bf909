package app.ponte.followup;

import app.ponte.shared.DomainException;
import java.time.LocalDate;

public class FollowUpAlreadyCompleted extends DomainException {

    public FollowUpAlreadyCompleted(LocalDate completedOn) {
        super("This follow-up was already completed on " + completedOn + "; reopen it first if it is not done.");
    }
}
