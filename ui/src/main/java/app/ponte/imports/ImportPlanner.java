package app.ponte.imports;

import app.ponte.contact.AddContact;
import app.ponte.contact.ContactId;
import app.ponte.contact.CorrectContactDetails;
import app.ponte.contact.PersonalDetails;
import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import app.ponte.organization.CorrectOrganizationDetails;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Gives every row of a table its verdict against the directory as it stands and against the rows before it, and
 * the command it would send. Natural keys are looked up in hash maps and similar names through a
 * {@link CandidateIndex}, so planning takes time in proportion to the rows and the directory, never their product.
 *
 * <p>Organizations: the natural key is the website's domain, else the name (or native name, in its own script)
 * with the country. A new organization's id is derived from that key, so a file imported twice creates nothing the
 * second time even before the directory has caught up with the first import. Contacts: the e-mail, else the name
 * with the organization; the organization is named in the row and must be in the directory. A contact's id is
 * random: derived from an e-mail it would outlive the contact's erasure.
 */
public final class ImportPlanner {

    static final double DUPLICATE_THRESHOLD = 0.90;
    static final int MAX_CANDIDATES = 5;

    private ImportPlanner() {
    }

    public static ImportPreview plan(Table table, ColumnMapping mapping, ImportOptions options,
            List<OrganizationCard> organizations, List<ContactCard> contacts) {
        List<PlannedRow> rows = switch (mapping.kind()) {
            case ORGANIZATIONS -> new Organizations(organizations, options).plan(table, mapping);
            case CONTACTS -> new Contacts(organizations, contacts).plan(table, mapping);
        };
        return new ImportPreview(table.fileName(), mapping.kind(), table.format(), table.encoding(),
                table.delimiter(), table.headers(), mapping.describe(table.headers()), rows);
    }

    static Map<String, String> values(Table.Row row, ColumnMapping mapping) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ImportField field : mapping.kind().fields()) {
            String cell = row.cell(mapping.column(field));
            values.put(field.key(), cell.isEmpty() ? null : cell);
        }
        return values;
    }

    static OrganizationId organizationId(String naturalKey) {
        return new OrganizationId(UUID.nameUUIDFromBytes(("ponte-import/organization/" + naturalKey)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    private static final class Organizations {

        private final ImportOptions options;
        private final Map<String, OrganizationCard> byDomain = new HashMap<>();
        private final Map<String, OrganizationCard> byNameAndCountry = new HashMap<>();
        private final CandidateIndex<OrganizationCard> directory = new CandidateIndex<>();
        private final Map<String, Integer> fileKeys = new HashMap<>();
        private final CandidateIndex<Integer> file = new CandidateIndex<>();

        Organizations(List<OrganizationCard> organizations, ImportOptions options) {
            this.options = options;
            for (OrganizationCard card : organizations) {
                if (!"ACTIVE".equals(card.status()) && card.status() != null) {
                    continue;
                }
                String domain = Names.domain(card.website());
                if (domain != null) {
                    byDomain.putIfAbsent(domain, card);
                }
                for (String name : new String[] {card.name(), card.nativeName()}) {
                    String key = Names.nativeKey(name);
                    if (!key.isEmpty()) {
                        byNameAndCountry.putIfAbsent(key + "|" + card.country(), card);
                    }
                }
                directory.add(card, List.of(Names.tokens(card.name()), Names.tokens(card.nativeName())));
            }
        }

        List<PlannedRow> plan(Table table, ColumnMapping mapping) {
            List<PlannedRow> planned = new ArrayList<>(table.rows().size());
            for (Table.Row row : table.rows()) {
                var values = values(row, mapping);
                try {
                    planned.add(plan(row.number(), values));
                } catch (InvalidField invalid) {
                    planned.add(PlannedRow.error(row.number(), values, invalid.field(), invalid.rule()));
                }
            }
            return planned;
        }

        private PlannedRow plan(int number, Map<String, String> values) {
            String name = values.get("name");
            String nativeName = values.get("nativeName");
            if (name == null && nativeName != null) {
                // A row with only the native name: it is the name too, as the directory could not list it otherwise.
                name = nativeName;
            }
            if (name == null) {
                throw new InvalidField("name", "must not be blank");
            }
            CountryCode country = FieldValues.country(values.get("country"));
            if (country == null) {
                country = options.defaultCountry();
            }
            if (country == null) {
                throw new InvalidField("country", "must not be blank (or choose a country for rows without one)");
            }
            OrganizationType type = FieldValues.type(values.get("type"));
            String website = Names.website(values.get("website"));
            String domain = Names.domain(website);
            if (website != null && domain == null) {
                throw new InvalidField("website", "must be a web address such as https://www.fudan.edu.cn");
            }
            String nameKey = Names.nativeKey(name) + "|" + country;
            String nativeKey = nativeName == null ? null : Names.nativeKey(nativeName) + "|" + country;
            List<String> keys = new ArrayList<>();
            if (domain != null) {
                keys.add("domain:" + domain);
            }
            keys.add("name:" + nameKey);
            if (nativeKey != null) {
                keys.add("name:" + nativeKey);
            }
            var forms = List.of(Names.tokens(name), Names.tokens(nativeName));

            Integer earlier = keys.stream().map(fileKeys::get).filter(Objects::nonNull).findFirst().orElse(null);
            OrganizationCard match = domain == null ? null : byDomain.get(domain);
            if (match == null) {
                match = byNameAndCountry.get(nameKey);
            }
            if (match == null && nativeKey != null) {
                match = byNameAndCountry.get(nativeKey);
            }
            PlannedRow result;
            if (earlier != null) {
                List<Candidate> candidates = new ArrayList<>();
                candidates.add(new Candidate(null, earlier, name, country.value(), 1.0, "same natural key as row "
                        + earlier));
                if (match != null) {
                    candidates.add(candidate(match, 1.0, "natural key"));
                }
                result = new PlannedRow(number, Verdict.POSSIBLE_DUPLICATE, values, match == null ? null
                        : match.organizationId().toString(), candidates, null, null, null,
                        match == null ? null : correction(match, type, country, values.get("city"), website));
            } else if (match != null) {
                result = new PlannedRow(number, Verdict.UPDATE, values, match.organizationId().toString(), List.of(),
                        null, null, null, correction(match, type, country, values.get("city"), website));
            } else {
                var register = new RegisterOrganization(organizationId(keys.get(0)), name,
                        nativeName == null || nativeName.equals(name) ? null : nativeName,
                        requireType(type), country, values.get("city"), website);
                List<Candidate> candidates = similar(forms, country.value());
                result = new PlannedRow(number, candidates.isEmpty() ? Verdict.NEW : Verdict.POSSIBLE_DUPLICATE,
                        values, candidates.stream().filter(c -> c.recordId() != null).map(Candidate::recordId)
                                .findFirst().orElse(null),
                        candidates, null, null, register, firstDirectoryCorrection(candidates, type, country,
                                values.get("city"), website));
            }
            for (String key : keys) {
                fileKeys.putIfAbsent(key, number);
            }
            file.add(number, forms);
            return result;
        }

        private Object firstDirectoryCorrection(List<Candidate> candidates, OrganizationType type,
                CountryCode country, String city, String website) {
            return candidates.stream().filter(c -> c.recordId() != null).findFirst()
                    .map(c -> cards.get(c.recordId()))
                    .map(card -> safeCorrection(card, type, country, city, website))
                    .orElse(null);
        }

        private final Map<String, OrganizationCard> cards = new HashMap<>();

        private Object safeCorrection(OrganizationCard card, OrganizationType type, CountryCode country, String city,
                String website) {
            try {
                return correction(card, type, country, city, website);
            } catch (InvalidField cannot) {
                return null;
            }
        }

        private OrganizationType requireType(OrganizationType type) {
            if (type != null) {
                return type;
            }
            if (options.defaultType() != null) {
                return options.defaultType();
            }
            throw new InvalidField("type", "must not be blank (or choose a type for rows without one)");
        }

        /** The row's corrections of a matched record; what the row leaves empty stays as recorded. */
        private CorrectOrganizationDetails correction(OrganizationCard card, OrganizationType type,
                CountryCode country, String city, String website) {
            OrganizationType kept = type != null ? type
                    : card.type() == null ? requireType(null) : OrganizationType.valueOf(card.type());
            return new CorrectOrganizationDetails(card.organizationId(), kept, country,
                    city != null ? city : card.city(), website != null ? website : card.website());
        }

        private List<Candidate> similar(List<List<String>> forms, String country) {
            List<Candidate> candidates = new ArrayList<>();
            for (var found : directory.like(forms, DUPLICATE_THRESHOLD, MAX_CANDIDATES)) {
                var card = found.item();
                double score = country.equals(card.country()) ? found.score() : found.score() * 0.95;
                if (score >= DUPLICATE_THRESHOLD) {
                    cards.put(card.organizationId().toString(), card);
                    candidates.add(candidate(card, score, "similar name"));
                }
            }
            for (var found : file.like(forms, DUPLICATE_THRESHOLD, MAX_CANDIDATES)) {
                candidates.add(new Candidate(null, found.item(), null, null, round(found.score()),
                        "similar to row " + found.item()));
            }
            candidates.sort(java.util.Comparator.comparingDouble((Candidate c) -> -c.score()));
            return candidates.size() > MAX_CANDIDATES ? candidates.subList(0, MAX_CANDIDATES) : candidates;
        }

        private Candidate candidate(OrganizationCard card, double score, String reason) {
            cards.put(card.organizationId().toString(), card);
            String detail = card.nativeName() == null ? card.country() : card.nativeName() + ", " + card.country();
            return new Candidate(card.organizationId().toString(), null, card.name(), detail, round(score), reason);
        }
    }

    private static final class Contacts {

        private final Map<String, List<OrganizationCard>> organizationsByName = new HashMap<>();
        private final Map<String, ContactCard> byEmail = new HashMap<>();
        private final Map<String, ContactCard> byNameAndOrganization = new HashMap<>();
        private final CandidateIndex<ContactCard> directory = new CandidateIndex<>();
        private final Map<String, Integer> fileKeys = new HashMap<>();
        private final CandidateIndex<Integer> file = new CandidateIndex<>();

        Contacts(List<OrganizationCard> organizations, List<ContactCard> contacts) {
            for (OrganizationCard card : organizations) {
                for (String name : new String[] {card.name(), card.nativeName()}) {
                    String key = Names.nativeKey(name);
                    if (!key.isEmpty()) {
                        organizationsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
                    }
                }
            }
            for (ContactCard card : contacts) {
                if (card.erased() || card.fullName() == null) {
                    continue;
                }
                if (card.email() != null) {
                    byEmail.putIfAbsent(card.email().toLowerCase(Locale.ROOT), card);
                }
                byNameAndOrganization.putIfAbsent(Names.key(card.fullName()) + "|" + card.organizationId(), card);
                directory.add(card, List.of(Names.tokens(card.fullName())));
            }
        }

        List<PlannedRow> plan(Table table, ColumnMapping mapping) {
            List<PlannedRow> planned = new ArrayList<>(table.rows().size());
            for (Table.Row row : table.rows()) {
                var values = values(row, mapping);
                try {
                    planned.add(plan(row.number(), values));
                } catch (InvalidField invalid) {
                    planned.add(PlannedRow.error(row.number(), values, invalid.field(), invalid.rule()));
                }
            }
            return planned;
        }

        private PlannedRow plan(int number, Map<String, String> values) {
            var details = new PersonalDetails(values.get("fullName"), values.get("email"), values.get("phone"));
            String organizationName = values.get("organization");
            if (organizationName == null) {
                throw new InvalidField("organization", "must not be blank");
            }
            var organizations = organizationsByName.getOrDefault(Names.nativeKey(organizationName), List.of());
            var organization = organizations.stream().filter(o -> "ACTIVE".equals(o.status())).findFirst()
                    .orElse(organizations.isEmpty() ? null : organizations.get(0));
            if (organization == null) {
                throw new InvalidField("organization", "must name an organization in the directory (by its name or "
                        + "native name); there is no \"" + organizationName + "\": import the organizations first");
            }
            String email = details.email() == null ? null : details.email().toLowerCase(Locale.ROOT);
            String nameKey = Names.key(details.fullName()) + "|" + organization.organizationId();
            List<String> keys = new ArrayList<>();
            if (email != null) {
                keys.add("email:" + email);
            }
            keys.add("name:" + nameKey);
            Integer earlier = keys.stream().map(fileKeys::get).filter(Objects::nonNull).findFirst().orElse(null);
            ContactCard match = email == null ? null : byEmail.get(email);
            if (match == null) {
                match = byNameAndOrganization.get(nameKey);
            }
            var forms = List.of(Names.tokens(details.fullName()));
            PlannedRow result;
            if (earlier != null) {
                result = new PlannedRow(number, Verdict.POSSIBLE_DUPLICATE, values,
                        match == null ? null : match.contactId().toString(),
                        List.of(new Candidate(null, earlier, details.fullName(), organization.name(), 1.0,
                                "same natural key as row " + earlier)),
                        null, null, null, match == null ? null : correction(match, details));
            } else if (match != null) {
                result = new PlannedRow(number, Verdict.UPDATE, values, match.contactId().toString(), List.of(), null,
                        null, null, correction(match, details));
            } else {
                var add = new AddContact(ContactId.random(), details, organization.organizationId(),
                        values.get("roleTitle"));
                List<Candidate> candidates = new ArrayList<>();
                ContactCard best = null;
                for (var found : directory.like(forms, DUPLICATE_THRESHOLD, MAX_CANDIDATES)) {
                    var card = found.item();
                    double score = organization.organizationId().equals(card.organizationId()) ? found.score()
                            : found.score() * 0.95;
                    if (score >= DUPLICATE_THRESHOLD) {
                        best = best == null ? card : best;
                        candidates.add(new Candidate(card.contactId().toString(), null, card.fullName(),
                                card.organizationName(), round(score), "similar name"));
                    }
                }
                for (var found : file.like(forms, DUPLICATE_THRESHOLD, MAX_CANDIDATES)) {
                    candidates.add(new Candidate(null, found.item(), null, null, round(found.score()),
                            "similar to row " + found.item()));
                }
                candidates.sort(java.util.Comparator.comparingDouble((Candidate c) -> -c.score()));
                result = new PlannedRow(number, candidates.isEmpty() ? Verdict.NEW : Verdict.POSSIBLE_DUPLICATE,
                        values, best == null ? null : best.contactId().toString(),
                        candidates.size() > MAX_CANDIDATES ? candidates.subList(0, MAX_CANDIDATES) : candidates,
                        null, null, add, best == null ? null : correction(best, details));
            }
            for (String key : keys) {
                fileKeys.putIfAbsent(key, number);
            }
            file.add(number, forms);
            return result;
        }

        /** The row's personal details over the recorded ones; what the row leaves empty stays as recorded. */
        private static CorrectContactDetails correction(ContactCard card, PersonalDetails row) {
            return new CorrectContactDetails(card.contactId(), new PersonalDetails(row.fullName(),
                    row.email() != null ? row.email() : card.email(),
                    row.phone() != null ? row.phone() : card.phone()));
        }
    }
}
