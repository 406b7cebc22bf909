package app.ponte.bench;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactId;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.search.Search;
import app.ponte.search.SearchIndex;
import app.ponte.search.SearchIndexer;
import app.ponte.search.SearchTracker;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: stores N events of realistic programs in Ponte's event store (embedded server, memory backend),
 * replays them through a handler that only counts (the baseline), builds the search index from them with the
 * search tracker (the same stream, from the first event, to a fresh index on disk), replays again, then runs 1,000
 * mixed searches (names, prefixes, typos, Chinese, English and Italian words from minutes, one to three programs in
 * scope) and prints p50/p99/max beside a bare Lucene term query with the same filters. BENCHMARKS.md says how to run.
 *
 * <p>The generator has the dashboard benchmark's shape (40 programs, 600 organizations, missions of a few dozen
 * engagements, most held, outcomes, opportunities, follow-ups) with words to search in place of its placeholders.
 */
public final class SearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);
    private static final int EVENTS = Integer.getInteger("search.bench.events", 100_000);
    private static final int QUERIES = Integer.getInteger("search.bench.queries", 1_000);
    /*
     * "store" (the default): the events go through the event store and the tracker indexes them from its stream.
     * "direct": the index is fed by the indexer straight from the generated events, in the tracker's batches and
     * commits; only the first REPLAY_SAMPLE events go through the store, for the counting replay's rate. The
     * embedded store replays about 1,700 events/s on a quiet machine and several times slower on a loaded one,
     * which is what kept the 100k run from finishing, not the index.
     */
    private static final boolean DIRECT = "direct".equals(System.getProperty("search.bench.feed", "store"));
    private static final int REPLAY_SAMPLE = 10_000;
    private static final int TRACKER_BATCH = 500; // SearchTracker.BATCH, package-private there
    private static final int PROGRAMS = 40;
    private static final int ORGANIZATIONS = 600;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final List<String> PLACES = List.of("Fudan", "Tongji", "Sichuan", "Zhejiang", "Peking",
            "Tsinghua", "Wuhan", "Nanjing", "Osaka", "Kyoto", "Tohoku", "Seoul", "Milano", "Torino", "Napoli",
            "Padova", "Bologna", "Firenze", "Pisa", "Genova");
    private static final List<String> NATIVE = List.of("复旦", "同济", "四川", "浙江", "北京", "清华", "武汉", "南京");
    private static final List<String> BODIES = List.of("University", "Hospital", "Institute of Technology",
            "Chamber of Commerce", "Research Center", "Pharmaceutical Corp", "Design Lab", "Agrifood Cluster");
    private static final List<String> NATIVE_BODIES = List.of("大学", "医院", "研究所", "商会");
    private static final List<String> TOPICS = List.of("chronic diseases", "patient-centric healthcare",
            "prevention", "life sciences", "medical devices", "agrifood safety", "smart manufacturing",
            "renewable energy", "urban mobility", "design exchange", "cultural heritage", "aerospace",
            "malattie croniche", "prevenzione", "scienze della vita", "sicurezza alimentare", "patrimonio culturale");
    private static final List<String> FIRST = List.of("Fabrizio", "Giulia", "Marco", "Chiara", "Wei", "Li", "Hiroshi",
            "Yuki", "Min-jun", "Laura", "Stefano", "Roberto", "Plinio", "Elena", "Zhang", "Akiko");
    private static final List<String> LAST = List.of("Conicella", "Innocenzi", "Pagani", "Beltrame", "Rossi",
            "Bianchi", "Chen", "Wang", "Tanaka", "Sato", "Kim", "Park", "Esposito", "Romano", "Liu", "Yamamoto");

    private final Random random = new Random(20170516);
    private final List<Object> events = new ArrayList<>();
    private final List<ProgramId> programs = new ArrayList<>();
    private final List<OrganizationId> organizations = new ArrayList<>();
    private final List<String> organizationNames = new ArrayList<>();
    private final CryptoShreddingVault vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));

    public static void main(String[] args) throws Exception {
        new SearchBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        generate();
        var folder = Files.createTempDirectory("search-benchmark");
        try (var store = MongoStore.inMemory("search-benchmark")) {
            var engine = MongoEventStorageEngine.builder().database(store.database())
                    .eventSerializer(PonteSerializer.jackson()).snapshotSerializer(PonteSerializer.jackson()).build();
            engine.ensureIndexes();
            var stored = DIRECT ? events.subList(0, Math.min(events.size(), REPLAY_SAMPLE)) : events;
            var batch = new ArrayList<GenericDomainEventMessage<?>>();
            for (Object event : stored) {
                batch.add(new GenericDomainEventMessage<>("Benchmark", UUID.randomUUID().toString(), 0, event));
                if (batch.size() == 100) {
                    engine.appendEvents(batch);
                    batch.clear();
                }
            }
            engine.appendEvents(batch);
            var eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
            long head = eventStore.createHeadToken().position().orElseThrow();

            double replay1 = countingReplay(eventStore, stored.size());
            double indexing;
            SearchIndex index = new SearchIndex(FSDirectory.open(folder));
            long start = System.nanoTime();
            if (DIRECT) {
                var indexer = new SearchIndexer(index, vault);
                for (int i = 0; i < events.size(); i++) {
                    indexer.handle(events.get(i));
                    if ((i + 1) % TRACKER_BATCH == 0 || i == events.size() - 1) {
                        index.commit(i);
                    }
                }
                indexing = (System.nanoTime() - start) / 1e9;
            } else {
                try (var tracker = new SearchTracker(eventStore, index, new SearchIndexer(index, vault)).start()) {
                    if (!tracker.awaitPosition(head, Duration.ofMinutes(30))) {
                        throw new IllegalStateException("The index did not catch up");
                    }
                    indexing = (System.nanoTime() - start) / 1e9;
                }
            }
            double replay2 = countingReplay(eventStore, stored.size());
            double replayRate = stored.size() / Math.min(replay1, replay2);
            double indexingRate = events.size() / indexing;
            log.info("Counting replay: {} events in {} s and {} s ({} events/s at best)", stored.size(),
                    format(replay1), format(replay2), Math.round(replayRate));
            log.info("Search indexing ({}): {} events in {} s ({} events/s), {} % of the counting replay's rate; "
                    + "{} records, {} MB on disk", DIRECT ? "fed directly" : "tracker on the store", events.size(),
                    format(indexing), Math.round(indexingRate), Math.round(100 * indexingRate / replayRate),
                    index.size(), format(folderBytes(folder) / 1e6));
            queries(index, folder);
            index.close();
            eventStore.shutDown();
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private double countingReplay(EmbeddedEventStore eventStore, int expected) throws InterruptedException {
        long start = System.nanoTime();
        long counted = 0;
        try (var stream = eventStore.openStream(null)) {
            while (counted < expected && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                if (stream.nextAvailable().getPayload() != null) {
                    counted++;
                }
            }
        }
        if (counted < expected) {
            throw new IllegalStateException("The replay saw " + counted + " of " + expected + " events");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void queries(SearchIndex index, Path folder) throws Exception {
        var texts = new ArrayList<String>();
        for (int i = 0; i < QUERIES + 200; i++) {
            texts.add(query(i));
        }
        var scopes = new ArrayList<Set<ProgramId>>();
        for (int i = 0; i < texts.size(); i++) {
            var scope = new HashSet<ProgramId>();
            for (int p = random.nextInt(3); p >= 0; p--) {
                scope.add(programs.get(random.nextInt(programs.size())));
            }
            scopes.add(scope);
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(folder))) {
            var searcher = new IndexSearcher(reader);
            for (int i = 0; i < 200; i++) {
                index.search(new Search(texts.get(i), Set.of(), scopes.get(i), 10, 1));
                bare(searcher, texts.get(i), scopes.get(i));
            }
            var latencies = new long[QUERIES];
            var baseline = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < QUERIES; i++) {
                var text = texts.get(200 + i);
                var scope = scopes.get(200 + i);
                long start = System.nanoTime();
                var results = index.search(new Search(text, Set.of(), scope, 10, 1));
                latencies[i] = System.nanoTime() - start;
                hits += results.groups().stream().mapToLong(group -> group.hits().size()).sum();
                start = System.nanoTime();
                bare(searcher, text, scope);
                baseline[i] = System.nanoTime() - start;
            }
            report("Search (8 kinds, analysis, prefix and fuzzy terms, highlighting)", latencies);
            report("Baseline: one bare term query with the same filters, top 10 ids", baseline);
            log.info("Search / baseline: p50 {}x, p99 {}x; {} hits shown per search on average",
                    format(quantile(latencies, 0.5) / (double) quantile(baseline, 0.5)),
                    format(quantile(latencies, 0.99) / (double) quantile(baseline, 0.99)),
                    format(hits / (double) QUERIES));
        }
    }

    /** The first word of the text, lower-cased, as one term query in the body, with the access filter. */
    private static void bare(IndexSearcher searcher, String text, Set<ProgramId> scope) throws Exception {
        var word = text.split("\\s+")[0].toLowerCase(Locale.ROOT);
        var visible = new BooleanQuery.Builder().add(new TermQuery(new Term("shared", "1")), Occur.SHOULD)
                .add(new TermInSetQuery("program", scope.stream().map(p -> new BytesRef(p.toString())).toList()),
                        Occur.SHOULD).build();
        var query = new BooleanQuery.Builder().add(new TermQuery(new Term("body", word)), Occur.MUST)
                .add(visible, Occur.FILTER).build();
        for (var hit : searcher.search(query, 10).scoreDocs) {
            Document document = searcher.storedFields().document(hit.doc, Set.of("id"));
            document.get("id");
        }
    }

    /* Names, prefixes while typing, typos, Chinese, and words of topics in English and Italian. */
    private String query(int i) {
        var name = organizationNames.get(random.nextInt(organizationNames.size()));
        return switch (i % 7) {
            case 0 -> name.split(" \\(")[0];
            case 1 -> name.substring(0, Math.min(name.length(), 3 + random.nextInt(4)));
            case 2 -> typo(PLACES.get(random.nextInt(PLACES.size())));
            case 3 -> NATIVE.get(random.nextInt(NATIVE.size()));
            case 4 -> TOPICS.get(random.nextInt(TOPICS.size()));
            case 5 -> LAST.get(random.nextInt(LAST.size()));
            default -> TOPICS.get(random.nextInt(TOPICS.size())).split(" ")[0] + " "
                    + PLACES.get(random.nextInt(PLACES.size()));
        };
    }

    private String typo(String word) {
        int at = 1 + random.nextInt(word.length() - 1);
        return word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
    }

    private void generate() {
        var types = OrganizationType.values();
        var countries = List.of("CN", "IT", "JP", "KR");
        for (int i = 0; i < ORGANIZATIONS; i++) {
            var id = OrganizationId.random();
            var name = PLACES.get(i % PLACES.size()) + " " + BODIES.get((i / PLACES.size()) % BODIES.size())
                    + (i >= PLACES.size() * BODIES.size() ? " " + (i / (PLACES.size() * BODIES.size()) + 1) : "");
            var nativeName = i % 3 == 0 ? NATIVE.get(i % NATIVE.size()) + NATIVE_BODIES.get(i % NATIVE_BODIES.size())
                    : null;
            organizations.add(id);
            organizationNames.add(name);
            events.add(new OrganizationRegistered(id, name, nativeName, types[i % types.length],
                    CountryCode.of(countries.get(i % countries.size())), PLACES.get(i % PLACES.size()), null));
            if (i % 2 == 0) {
                var contact = ContactId.random();
                var fullName = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
                events.add(new ContactAdded(contact, vault.seal(contact, fullName), null, null, id,
                        "Head of international relations"));
            }
        }
        var period = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
        for (int p = 0; p < PROGRAMS; p++) {
            var program = ProgramId.random();
            programs.add(program);
            events.add(new ProgramLaunched(program, "Italy–" + List.of("China", "Japan", "Korea").get(p % 3) + " "
                    + TOPICS.get(p % TOPICS.size()) + " program " + p, organizations.get(p),
                    List.of(CountryCode.of("CN")), period));
        }
        int number = 0;
        while (events.size() < EVENTS) {
            mission(programs.get(number % PROGRAMS), number++);
        }
        log.info("Generated {} events: {} programs, {} missions, {} organizations", events.size(), PROGRAMS, number,
                ORGANIZATIONS);
    }

    private void mission(ProgramId program, int number) {
        var mission = MissionId.random();
        var first = LocalDate.of(2017, 1, 10).plusDays(number % 700);
        var city = PLACES.get(random.nextInt(PLACES.size()));
        events.add(new MissionPlanned(mission, program, "Mission to " + city + " on " + topic(), city, "CN", SHANGHAI,
                first, first.plusDays(2)));
        int engagements = 15 + random.nextInt(20);
        for (int e = 0; e < engagements && events.size() < EVENTS; e++) {
            var engagement = EngagementId.random();
            var start = first.plusDays(e % 3).atTime(9 + e % 8, 0).atZone(SHANGHAI).toInstant();
            int a = random.nextInt(ORGANIZATIONS);
            int b = random.nextInt(ORGANIZATIONS);
            var counterparts = List.of(organizations.get(a), organizations.get(b));
            var kind = e % 7 == 0 ? EngagementKind.WORKSHOP : EngagementKind.MEETING;
            var title = kind == EngagementKind.WORKSHOP ? "Workshop on " + topic()
                    : "Meeting with " + organizationNames.get(a);
            events.add(new EngagementScheduled(mission, program, engagement, kind, title,
                    organizationNames.get(b) + " campus", start, start.plusSeconds(3600), SHANGHAI, counterparts,
                    List.of(topic())));
            if (random.nextInt(10) == 0) {
                events.add(new EngagementCancelled(mission, program, engagement, "Counterpart unavailable"));
                continue;
            }
            events.add(new EngagementHeld(mission, program, engagement, kind, counterparts, "We discussed " + topic()
                    + " and " + topic() + " with " + organizationNames.get(b) + ". Next step: a visit on " + topic()
                    + "."));
            if (random.nextBoolean()) {
                var outcome = OutcomeId.random();
                events.add(new OutcomeLogged(mission, program, engagement, outcome,
                        OutcomeKind.values()[random.nextInt(OutcomeKind.values().length)],
                        "Collaboration on " + topic() + " with " + organizationNames.get(a), counterparts,
                        List.of(topic()), null));
                if (random.nextInt(4) == 0) {
                    var opportunity = OpportunityId.random();
                    var name = "Joint programme on " + topic();
                    events.add(new OpportunityOpened(opportunity, program, mission, outcome, name,
                            "A joint course with " + organizationNames.get(a), OpportunityStage.IDENTIFIED));
                    events.add(new OpportunityAdvanced(opportunity, program, name, OpportunityStage.IDENTIFIED,
                            OpportunityStage.QUALIFIED));
                }
                if (random.nextInt(3) == 0) {
                    events.add(new FollowUpAssigned(FollowUpId.random(), program, mission,
                            FollowUpOrigin.outcome(outcome), "officer" + random.nextInt(5), first.plusDays(30),
                            "Send the brochure on " + topic() + " to " + organizationNames.get(a)));
                }
            }
        }
    }

    private String topic() {
        return TOPICS.get(random.nextInt(TOPICS.size()));
    }

    private static long folderBytes(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long quantile(long[] nanos, double quantile) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))];
    }

    private static void report(String what, long[] nanos) {
        log.info("{}: n={} p50={} ms p99={} ms max={} ms", what, nanos.length, format(quantile(nanos, 0.5) / 1e6),
                format(quantile(nanos, 0.99) / 1e6), format(Arrays.stream(nanos).max().orElse(0) / 1e6));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

}
