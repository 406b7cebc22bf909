package app.ponte.directory;

import static app.ponte.live.ShanghaiStory.COUNSELLOR;
import static app.ponte.live.ShanghaiStory.ERASED;
import static app.ponte.live.ShanghaiStory.FUDAN;
import static app.ponte.live.ShanghaiStory.FUDAN_MEETING;
import static app.ponte.live.ShanghaiStory.LINK;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.CryptoShreddingVault;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.ContactErased;
import app.ponte.live.EmbeddedReadModels;
import app.ponte.live.ShanghaiStory;
import app.ponte.organization.OrganizationType;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectoryProjectionTest {

    private EmbeddedReadModels readModels;
    private CryptoShreddingVault vault;

    @BeforeEach
    void tellTheStory() {
        readModels = new EmbeddedReadModels();
        vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
        readModels.register(new DirectoryProjection(readModels.database(), vault, readModels.changes()));
        readModels.publish(ShanghaiStory.events(vault).toArray());
    }

    @AfterEach
    void close() {
        readModels.close();
    }

    @Test
    void findsOrganizationsByTheirNativeScriptName() {
        var found = readModels.askList(new SearchOrganizations("复旦", null, null, 0, 50), OrganizationCard.class);

        assertThat(found).extracting(OrganizationCard::name).containsExactly("Fudan University");
        assertThat(found.get(0).nativeName()).isEqualTo("复旦大学");
    }

    @Test
    void filtersOrganizationsByTypeAndCountryAndPages() {
        var universities = readModels.askList(
                new SearchOrganizations("", OrganizationType.UNIVERSITY, "cn", 0, 50), OrganizationCard.class);
        assertThat(universities).extracting(OrganizationCard::name)
                .containsExactly("Fudan University", "ShanghaiTech University");

        var secondPage = readModels.askList(new SearchOrganizations("", null, null, 1, 2), OrganizationCard.class);
        assertThat(secondPage).extracting(OrganizationCard::name)
                .containsExactly("Fudan University", "Ministry of University and Research");
    }

    @Test
    void showsAnErasedContactAsErased() {
        var contacts = readModels.askList(new SearchContacts("", FUDAN, 0, 50), ContactCard.class);

        assertThat(contacts).extracting(ContactCard::fullName, ContactCard::erased).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Plinio Innocenzi", false),
                org.assertj.core.groups.Tuple.tuple(ContactCard.ERASED_NAME, true));
        assertThat(readModels.ask(new GetContactCard(ERASED), ContactCard.class).email()).isNull();
    }

    @Test
    void erasingAContactAfterwardsHidesItsDataFromTheCard() {
        assertThat(readModels.ask(new GetContactCard(COUNSELLOR), ContactCard.class).email())
                .isEqualTo("plinio@example.org");

        vault.destroy(COUNSELLOR);
        readModels.publish(new ContactErased(COUNSELLOR, FUDAN, ErasureGround.CONSENT_WITHDRAWN));

        var card = readModels.ask(new GetContactCard(COUNSELLOR), ContactCard.class);
        assertThat(card.fullName()).isEqualTo(ContactCard.ERASED_NAME);
        assertThat(card.email()).isNull();
        assertThat(card.roleTitle()).isEqualTo("Scientific counsellor");
    }

    @Test
    void organization360GathersEngagementsOutcomesContactsAndOpportunities() {
        var fudan = readModels.ask(new GetOrganization360(FUDAN), Organization360.class);

        assertThat(fudan.organization().nativeName()).isEqualTo("复旦大学");
        assertThat(fudan.engagements()).extracting(Organization360.Engagement::engagementId,
                Organization360.Engagement::status, Organization360.Engagement::missionTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FUDAN_MEETING, "HELD",
                        "ALISEI mission to Shanghai"));
        assertThat(fudan.outcomes()).hasSize(1);
        assertThat(fudan.opportunities()).extracting(Organization360.Opportunity::opportunityId,
                Organization360.Opportunity::stage).containsExactly(org.assertj.core.groups.Tuple.tuple(LINK,
                "QUALIFIED"));
        assertThat(fudan.contacts()).hasSize(2);
    }

    @Test
    void anOrganizationPresentAtAnEngagementSeesItToo() {
        var shanghaiTech = readModels.ask(new GetOrganization360(ShanghaiStory.SHANGHAITECH), Organization360.class);

        assertThat(shanghaiTech.engagements()).extracting(Organization360.Engagement::engagementId)
                .contains(FUDAN_MEETING, ShanghaiStory.SHANGHAITECH_MEETING);
    }
}
