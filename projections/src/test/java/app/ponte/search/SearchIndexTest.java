package app.ponte.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.contact.ContactErased;
import app.ponte.contact.ErasureGround;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.mission.OutcomeKind;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the search finds, in each language behaviour, and for whom; one index kept by its tracker for all tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

    private final SearchStory story = new SearchStory();
    private SearchWorld world;
    private Set<ProgramId> both;

    @BeforeAll
    void indexTheStory() throws Exception {
        world = new SearchWorld(ByteBuffersDirectory::new);
        world.publish(story.events(world.vault));
        world.sync();
        both = Set.of(story.china, story.japan);
    }

    @AfterAll
    void close() throws Exception {
        world.close();
    }

    private List<String> titles(String text, SearchKind... kinds) {
        return titles(world.search(text, both, kinds));
    }

    static List<String> titles(SearchResults results) {
        return results.groups().stream().flatMap(group -> group.hits().stream()).map(SearchHit::title).toList();
    }

    @Test
    void findsAnOrganizationByEitherName() {
        assertThat(titles("Sichuan", SearchKind.ORGANIZATION)).containsExactly("Sichuan University (四川大学)");
        assertThat(titles("四川大学", SearchKind.ORGANIZATION)).containsExactly("Sichuan University (四川大学)");
    }

    @Test
    void aChinesePrefixFindsTheWholeNameThroughBigrams() {
        assertThat(titles("四川", SearchKind.ORGANIZATION)).containsExactly("Sichuan University (四川大学)");
        assertThat(titles("复旦", SearchKind.ORGANIZATION)).containsExactly("Fudan University (复旦大学)");
        // The bigram 川大 is in 四川大学 only, not in 复旦大学, although both end in 大学.
        assertThat(titles("川大", SearchKind.ORGANIZATION)).containsExactly("Sichuan University (四川大学)");
    }

    @Test
    void accentsAreFolded() {
        assertThat(titles("citta", SearchKind.ORGANIZATION)).containsExactly("Città della Scienza");
        assertThat(titles("universita milano", SearchKind.ORGANIZATION))
                .containsExactly("Università degli Studi di Milano");
        assertThat(titles("CITTÀ", SearchKind.ORGANIZATION)).containsExactly("Città della Scienza");
    }

    @Test
    void smallTyposAreTolerated() {
        assertThat(titles("Fuden", SearchKind.ORGANIZATION)).containsExactly("Fudan University (复旦大学)");
        assertThat(titles("Conicela", SearchKind.CONTACT)).containsExactly("Fabrizio Conicella");
        // Under four characters a word must be exact, or "xyz" would match everything three letters long.
        assertThat(titles("Fud ", SearchKind.ORGANIZATION)).isEmpty();
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        assertThat(titles("Conic", SearchKind.CONTACT)).containsExactly("Fabrizio Conicella");
        assertThat(titles("design exch", SearchKind.PROGRAM)).containsExactly("Italy–Japan design exchange");
        // A word followed by a space is finished: "Conic " is no longer a prefix.
        assertThat(titles("Conic ", SearchKind.CONTACT)).isEmpty();
    }

    @Test
    void englishStemmingFindsOtherFormsOfAWord() {
        assertThat(titles("disease", SearchKind.ENGAGEMENT)).containsExactly("Meeting with Fudan University (复旦大学)");
        assertThat(titles("opportunity", SearchKind.OUTCOME)).containsExactly(
                "Collaboration opportunities between the Italian health system and Chinese counterparts");
    }

    @Test
    void italianStemmingFindsOtherFormsOfAWord() {
        assertThat(titles("malattia cronica", SearchKind.ENGAGEMENT))
                .containsExactly("Meeting with Fudan University (复旦大学)");
        // Two edits also reach "university", but the Italian word comes first.
        assertThat(titles("dell'università", SearchKind.ORGANIZATION)).first()
                .isEqualTo("Università degli Studi di Milano");
    }

    @Test
    void findsEveryKindOfRecord() {
        assertThat(titles("Shanghai", SearchKind.MISSION)).containsExactly("ALISEI mission to Shanghai");
        assertThat(titles("Handan Road", SearchKind.ENGAGEMENT)).containsExactly(
                "Meeting with Fudan University (复旦大学)");
        assertThat(titles("internationalization coordinator", SearchKind.CONTACT))
                .containsExactly("Fabrizio Conicella");
        assertThat(titles("joint course", SearchKind.OPPORTUNITY)).containsExactly("Link with Fudan's medical school");
        assertThat(titles("brochure", SearchKind.FOLLOW_UP)).containsExactly("Send the cluster's brochure to Fudan");
        assertThat(titles("innovation", SearchKind.PROGRAM)).containsExactly("Italy–China research and innovation");
    }

    @Test
    void anEngagementIsFoundByItsCounterpartsNames() {
        // "Have we met anyone from Sichuan University?"
        assertThat(titles("Sichuan University", SearchKind.ENGAGEMENT)).containsExactly(
                "Visit to the West China hospital");
    }

    @Test
    void resultsAreGroupedByKindBestFirstWithTheMatchesMarked() {
        var results = world.search("Fudan", both);
        assertThat(results.groups()).extracting(SearchGroup::kind).doesNotHaveDuplicates()
                .contains(SearchKind.ORGANIZATION, SearchKind.ENGAGEMENT, SearchKind.OPPORTUNITY,
                        SearchKind.FOLLOW_UP);
        var scores = results.groups().stream().map(group -> group.hits().get(0).score()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        var organization = results.groups().stream().filter(g -> g.kind() == SearchKind.ORGANIZATION).findFirst()
                .orElseThrow().hits().get(0);
        assertThat(organization.highlightedTitle()).isEqualTo("<mark>Fudan</mark> University (复旦大学)");
        assertThat(organization.id()).isEqualTo(story.fudan.toString());
        assertThat(organization.programId()).isNull();
        var engagement = world.search("chronic", both, SearchKind.ENGAGEMENT).groups().get(0).hits();
        // A match in the title weighs more than one in the minutes.
        assertThat(engagement).extracting(SearchHit::title).containsExactly("Workshop on chronic patient care",
                "Meeting with Fudan University (复旦大学)");
        assertThat(engagement.get(0).highlightedTitle()).isEqualTo("Workshop on <mark>chronic</mark> patient care");
        assertThat(engagement.get(1).fragments()).anySatisfy(f -> assertThat(f).contains("<mark>chronic</mark>"));
        assertThat(engagement.get(1).parentId()).isEqualTo(story.shanghai.toString());
        assertThat(engagement.get(1).programId()).isEqualTo(story.china);
    }

    @Test
    void highlightingEscapesTheRecordsText() {
        var hit = world.search("cluster's brochure", both, SearchKind.FOLLOW_UP).groups().get(0).hits().get(0);
        assertThat(hit.highlightedTitle()).isEqualTo("Send the <mark>cluster&#x27;s</mark> <mark>brochure</mark> to Fudan");
    }

    @Test
    void aCallerFindsOnlyTheirProgramsRecordsAndTheSharedOnes() {
        var china = world.search("chronic", Set.of(story.china));
        assertThat(titles(china)).containsExactly("Meeting with Fudan University (复旦大学)");
        var japan = world.search("patient", Set.of(story.japan));
        assertThat(titles(japan)).containsExactlyInAnyOrder("Workshop on chronic patient care",
                "Exchange on the Italian vision of patient-centric healthcare");
        assertThat(titles(world.search("Fudan", Set.of(story.japan)))).containsExactly("Fudan University (复旦大学)");
        // No programs at all: the shared organizations and contacts only.
        assertThat(world.search("Fudan Conicella Osaka Shanghai", Set.of()).groups())
                .allSatisfy(group -> assertThat(group.kind().shared()).isTrue());
        assertThat(titles(world.search("Conicella", Set.of()))).containsExactly("Fabrizio Conicella");
        assertThat(titles(world.search("Osaka", Set.of(ProgramId.random())))).isEmpty();
    }

    @Test
    void kindsNarrowTheSearch() {
        assertThat(world.search("Fudan", both, SearchKind.FOLLOW_UP).groups()).extracting(SearchGroup::kind)
                .containsExactly(SearchKind.FOLLOW_UP);
    }

    @Test
    void pagesComeInTurn() {
        var first = world.index.search(new Search("chronic", Set.of(SearchKind.ENGAGEMENT), both, 1, 1));
        var second = world.index.search(new Search("chronic", Set.of(SearchKind.ENGAGEMENT), both, 1, 2));
        assertThat(first.groups().get(0).total()).isEqualTo(2);
        assertThat(first.groups().get(0).more()).isTrue();
        assertThat(second.groups().get(0).more()).isFalse();
        assertThat(Stream.of(first, second).map(SearchIndexTest::titles).flatMap(List::stream))
                .containsExactly("Workshop on chronic patient care", "Meeting with Fudan University (复旦大学)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fudan AND (", "fudan~2", "fu*an", "fud?n", "title:fudan", "[fudan TO", "{!",
            "fudan^10", "&& ||", "!!", "/fud.*/", "::", "**", "\\\\", "\"\"", "a:b:c OR", "--", "fudan\u0000"})
    void luceneSyntaxIsOnlyText(String text) {
        assertThat(world.search(text, both)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"fudan", "+fudan -", "fudan )", "(fudan)", "fudan*", "\\fudan", "fudan!", "fudan/",
            "-fudan", "fudan?", "~fudan", "fudan&&"})
    void wordsAmongSyntaxCharactersAreFound(String text) {
        assertThat(titles(text, SearchKind.ORGANIZATION)).containsExactly("Fudan University (复旦大学)");
    }

    @Test
    void theLongestTextOfLongWordsStaysWithinLucenesClauseLimit() {
        var words = "university hospital research collaboration prevention ";
        var text = words.repeat(4).substring(0, Search.MAX_TEXT - 3) + "uni";
        assertThat(world.search(text, both)).isNotNull();
        assertThat(world.search("中华人民共和国国务院教育部四川大学复旦大学上海科技大学".repeat(5), both)).isNotNull();
    }

    @Test
    void aTooShortOrTooLongTextIsRefusedNamingQ() {
        assertThatThrownBy(() -> new Search("a", Set.of(), both, 10, 1)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("q");
        assertThatThrownBy(() -> new Search("   ", Set.of(), both, 10, 1)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("q");
        assertThatThrownBy(() -> new Search("x".repeat(201), Set.of(), both, 10, 1))
                .isInstanceOf(InvalidField.class).hasMessageContaining("q");
        assertThatThrownBy(() -> new Search("fudan", Set.of(), both, 0, 1)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new Search("fudan", Set.of(), both, 10, 0)).hasMessageContaining("page");
        // Two characters of Chinese are two characters, whatever their bytes.
        assertThat(new Search("四川", Set.of(), both, 10, 1).text()).isEqualTo("四川");
    }

    @Test
    void laterEventsChangeWhatIsFound() throws Exception {
        var renamed = app.ponte.organization.OrganizationId.random();
        world.publish(new app.ponte.organization.OrganizationRegistered(renamed, "Old Name Institute", null,
                app.ponte.organization.OrganizationType.RESEARCH_BODY, app.ponte.shared.CountryCode.of("IT"), "Roma",
                null));
        world.publish(new OrganizationRenamed(renamed, "Istituto Nuovo", "新研究所", "Old Name Institute"));
        world.sync();
        assertThat(titles("Istituto Nuovo", SearchKind.ORGANIZATION)).containsExactly("Istituto Nuovo (新研究所)");
        assertThat(titles("Old Name", SearchKind.ORGANIZATION)).isEmpty();
    }
}
