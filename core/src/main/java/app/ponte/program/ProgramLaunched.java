package app.ponte.program;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import java.util.List;

public record ProgramLaunched(
        ProgramId programId, String name, OrganizationId promoterId, List<CountryCode> partnerCountries, Period period)
        implements ProgramEvent {
}
