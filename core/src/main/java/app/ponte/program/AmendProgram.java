package app.ponte.program;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects or changes a running program's name, promoter, partner countries or period. */
public record AmendProgram(
        @TargetAggregateIdentifier ProgramId programId,
        String name,
        OrganizationId promoterId,
        List<CountryCode> partnerCountries,
        Period period) {

    public AmendProgram {
        Check.present("programId", programId);
        name = Check.text("name", name, Check.NAME_MAX);
        Check.present("promoterId", promoterId);
        partnerCountries = Check.nonEmptyList("partnerCountries", partnerCountries);
        Program.requireSpan(Check.present("period", period));
    }
}
