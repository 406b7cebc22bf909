package app.ponte.program;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import java.util.List;

/** Carries the program's whole description after the change, so readers need not merge partial updates. */
public record ProgramAmended(
        ProgramId programId, String name, OrganizationId promoterId, List<CountryCode> partnerCountries, Period period)
        implements ProgramEvent {
}
