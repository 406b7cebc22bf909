package app.ponte.program;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a funded internationalization program: its name, promoter, partner countries and period. */
public record LaunchProgram(
        @TargetAggregateIdentifier ProgramId programId,
        String name,
        OrganizationId promoterId,
        List<CountryCode> partnerCountries,
        Period period) {

    public LaunchProgram {
        Check.present("programId", programId);
        name = Check.text("name", name, Check.NAME_MAX);
        Check.present("promoterId", promoterId);
        partnerCountries = Check.nonEmptyList("partnerCountries", partnerCountries);
        Program.requireSpan(Check.present("period", period));
    }
}
