package app.ponte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactId;
import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import app.ponte.organization.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static OrganizationCard organization(String name, String nativeName, String country, String website) {
        return new OrganizationCard(OrganizationId.random(), name, nativeName, "UNIVERSITY", country, "Shanghai",
                website, "ACTIVE");
    }

    private static List<String> names(List<DuplicatePair> pairs) {
        return pairs.stream().map(p -> p.firstName() + " / " + p.secondName()).toList();
    }

    /** The seed mission's counterparts, with the duplicates an office's spreadsheets leave behind. */
    private static final List<OrganizationCard> DIRECTORY = List.of(
            organization("Fudan University", null, "CN", "https://www.fudan.edu.cn"),
            organization("ShanghaiTech University", "上海科技大学", "CN", null),
            organization("Città della Scienza", null, "IT", null),
            organization("ALISEI cluster", null, "IT", null),
            organization("ACME S.p.A.", null, "IT", null),
            organization("Bracco Sine Pharmaceutical Corp", null, "CN", null),
            organization("Italy–China Chamber of Commerce", null, "CN", null),
            organization("Tongji University", "同济大学", "CN", null),
            organization("Acme Robotics", null, "IT", null),
            organization("复旦大学", null, "CN", null),
            organization("Acme SpA", null, "IT", null),
            organization("Citta della scienza", null, "IT", null),
            organization("Fudan (main campus)", null, "CN", "fudan.edu.cn/en/"),
            organization("Shanghai University", null, "CN", null));

    @Test
    void findsTheSameOrganizationUnderItsNativeNameALegalFormOrAccentsAndNothingElse() {
        var pairs = DuplicateFinder.organizations(DIRECTORY);

        assertThat(names(pairs)).contains("Fudan University / 复旦大学", "ACME S.p.A. / Acme SpA",
                "Città della Scienza / Citta della scienza", "Fudan University / Fudan (main campus)");
        // Not "ShanghaiTech University / Shanghai University" either, which token Jaro-Winkler does list (0.97):
        // "shanghaitech" begins as "shanghai" does, as a misspelling would. The list is for a person to judge.
        assertThat(names(pairs)).doesNotContain("ACME S.p.A. / Acme Robotics", "Acme Robotics / Acme SpA",
                "Tongji University / 复旦大学", "Tongji University / Fudan University",
                "Fudan University / Shanghai University");
        var website = pairs.stream().filter(p -> p.secondName().equals("Fudan (main campus)")).findFirst()
                .orElseThrow();
        assertThat(website.score()).isEqualTo(1.0);
        assertThat(website.reason()).isEqualTo("same website fudan.edu.cn");
        var han = pairs.stream().filter(p -> p.secondName().equals("复旦大学")).findFirst().orElseThrow();
        assertThat(han.reason()).isEqualTo("similar name, read in Latin letters");
        assertThat(han.score()).isGreaterThanOrEqualTo(0.9);
        assertThat(pairs).extracting(DuplicatePair::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aPairIsListedOnceWithItsBestReasonAndArchivedRecordsNotAtAll() {
        var acme = organization("ACME S.p.A.", null, "IT", "https://acme.it");
        var again = organization("Acme SpA", null, "IT", "www.acme.it");
        var archived = new OrganizationCard(OrganizationId.random(), "Acme S.p.A", null, "COMPANY", "IT", "Torino",
                null, "ARCHIVED");

        var pairs = DuplicateFinder.organizations(List.of(acme, again, archived));

        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.firstId()).isEqualTo(acme.organizationId().toString());
            assertThat(pair.secondId()).isEqualTo(again.organizationId().toString());
            assertThat(pair.score()).isEqualTo(1.0);
        });
    }

    @Test
    void theSameNameInAnotherCountryIsOnlySimilar() {
        var pairs = DuplicateFinder.organizations(List.of(organization("Acme SpA", null, "IT", null),
                organization("ACME S.p.A.", null, "CN", null)));

        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.score()).isEqualTo(0.95);
            assertThat(pair.reason()).isEqualTo("similar name");
        });
    }

    @Test
    void findsContactsBySameEmailAndByNameAtTheSameOrganization() {
        var alisei = OrganizationId.random();
        var embassy = OrganizationId.random();
        var contacts = List.of(
                new ContactCard(ContactId.random(), "Fabrizio Conicella", "f.conicella@alisei.it", null, alisei,
                        "ALISEI", "coordinator", false),
                new ContactCard(ContactId.random(), "Plinio Innocenzi", null, null, embassy, "Embassy", null, false),
                new ContactCard(ContactId.random(), "Conicella Fabrizio", null, null, alisei, "ALISEI", null, false),
                new ContactCard(ContactId.random(), "F. Conicella", "F.Conicella@ALISEI.it", null, embassy,
                        "Embassy", null, false),
                new ContactCard(ContactId.random(), "Roberto Pagani", null, null, alisei, "ALISEI", null, false),
                new ContactCard(ContactId.random(), null, null, null, alisei, "ALISEI", null, true));

        var pairs = DuplicateFinder.contacts(contacts);

        assertThat(names(pairs)).containsExactlyInAnyOrder("Fabrizio Conicella / F. Conicella",
                "Fabrizio Conicella / Conicella Fabrizio");
        assertThat(pairs).filteredOn(p -> p.secondName().equals("F. Conicella")).singleElement()
                .extracting(DuplicatePair::reason).isEqualTo("same e-mail f.conicella@alisei.it");
    }

    @Test
    void aLargeDirectoryIsComparedThroughBlockingKeysNotPairByPair() {
        List<OrganizationCard> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(organization("Org" + Integer.toString(i * 7919, 36) + " Institute " + i, null, "IT", null));
        }
        long before = CandidateIndex.COMPARISONS.sum();

        DuplicateFinder.organizations(many);

        // Pair by pair would score 4.5 million pairs; each look-up scores at most 3 keys of 64 records.
        assertThat(CandidateIndex.COMPARISONS.sum() - before)
                .isLessThanOrEqualTo((long) many.size() * CandidateIndex.KEYS_PER_LOOKUP * CandidateIndex.PER_KEY);
    }
}
