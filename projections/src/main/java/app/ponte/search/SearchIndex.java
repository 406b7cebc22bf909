package app.ponte.search;

import app.ponte.program.ProgramId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermExtractor;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.WeightedTerm;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of one instance. Only the tracker writes to it, from one thread; searches run on any thread
 * against the last commit. Each commit records, in its user data, the global position of the last event it holds,
 * so the index and its position are one: after a restart the tracker resumes from exactly what the index has, and
 * an empty directory is an index to build from the first event.
 */
public final class SearchIndex implements AutoCloseable {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String PROGRAM = "program";
    static final String SHARED = "shared";
    static final String PARENT = "parent";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PART = "part.";
    static final String POSITION = "ponte.position";
    private static final String YES = "1";
    private static final int FRAGMENT_CHARS = 90;
    private static final int FRAGMENTS = 2;
    private static final SearchDocument GONE = new SearchDocument(SearchKind.CONTACT, "gone", null, null, "",
            Map.of());

    private final Directory directory;
    private final Analyzer analyzer = SearchAnalyzers.perField();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    // What this batch wrote and a search cannot see yet: a later event of the same batch must read it.
    private final Map<String, SearchDocument> pending = new HashMap<>();
    private boolean purge;

    public SearchIndex(Directory directory) {
        this.directory = directory;
        try {
            var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    public Directory directory() {
        return directory;
    }

    /** The global position of the last event the committed index holds; empty for an index to build afresh. */
    public OptionalLong position() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(POSITION)) {
                    return OptionalLong.of(Long.parseLong(entry.getValue()));
                }
            }
        }
        return OptionalLong.empty();
    }

    /** How many records the committed index finds. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    SearchDocument find(SearchKind kind, String id) {
        var key = SearchDocument.key(kind, id);
        var written = pending.get(key);
        if (written != null) {
            return written == GONE ? null : written;
        }
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(KEY, key)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            return fromLucene(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    void put(SearchDocument document) {
        try {
            writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
            pending.put(document.key(), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(SearchKind kind, String id) {
        var key = SearchDocument.key(kind, id);
        try {
            writer.deleteDocuments(new Term(KEY, key));
            pending.put(key, GONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a record and, at the commit that follows, every copy of it the index files still hold: a deleted
     * document stays in its segment until that segment is merged, so the commit merges the whole index into one
     * fresh segment and lets go of the old files.
     */
    void erase(SearchKind kind, String id) {
        delete(kind, id);
        purge = true;
    }

    /** Makes what was written durable and visible, with the position of the last event it came from. */
    public void commit(long position) {
        try {
            if (purge) {
                writer.forceMerge(1, true);
            }
            writer.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            if (purge) {
                // The reader before the refresh held the old segments' files open; now they can go.
                writer.deleteUnusedFiles();
                purge = false;
            }
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    /** Empties the index and forgets its position, so that the tracker builds it again from the first event. */
    public void clear() {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            writer.deleteUnusedFiles();
            pending.clear();
            purge = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    public SearchResults search(Search search) {
        var typed = SearchQueries.text(search.text());
        if (typed == null) {
            return new SearchResults(search.text(), search.limit(), search.page(), List.of());
        }
        var kinds = EnumSet.noneOf(SearchKind.class);
        for (SearchKind kind : search.kinds()) {
            if (kind.shared() || !search.programs().isEmpty()) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            return new SearchResults(search.text(), search.limit(), search.page(), List.of());
        }
        int from = (search.page() - 1) * search.limit();
        return withSearcher(searcher -> {
            // Prefixes and typos expanded to the index's words once, for every kind and for the highlighter.
            var text = searcher.rewrite(typed);
            var query = new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(visibleTo(search.programs()), Occur.FILTER);
            if (kinds.size() < SearchKind.values().length) {
                query.add(new TermInSetQuery(KIND, kinds.stream().map(kind -> new BytesRef(kind.name())).toList()),
                        Occur.FILTER);
            }
            // One pass over the matches for all kinds, each kind keeping its own best: the query is weighed and
            // its terms looked up once, not once per kind.
            var byKind = new ByKind(kinds, from + search.limit());
            searcher.search(query.build(), byKind);
            var highlighter = new Highlighting(text);
            var stored = searcher.storedFields();
            var groups = new ArrayList<SearchGroup>();
            for (SearchKind kind : kinds) {
                TopDocs top = byKind.topDocs(kind);
                if (top.totalHits.value == 0) {
                    continue;
                }
                // Only the page shown is loaded and highlighted.
                var hits = new ArrayList<SearchHit>();
                for (int i = from; i < top.scoreDocs.length; i++) {
                    var document = fromLucene(stored.document(top.scoreDocs[i].doc));
                    hits.add(highlighter.hit(document, top.scoreDocs[i].score));
                }
                long total = top.totalHits.value;
                groups.add(new SearchGroup(kind, total, total > from + hits.size(), hits));
            }
            groups.sort(Comparator.comparing((SearchGroup group) -> group.hits().isEmpty() ? 0f
                    : -group.hits().get(0).score()).thenComparing(SearchGroup::kind));
            return new SearchResults(search.text(), search.limit(), search.page(), groups);
        });
    }

    private static Query visibleTo(Set<ProgramId> programs) {
        var visible = new BooleanQuery.Builder().add(new TermQuery(new Term(SHARED, YES)), Occur.SHOULD);
        if (!programs.isEmpty()) {
            visible.add(new TermInSetQuery(PROGRAM,
                    programs.stream().map(program -> new BytesRef(program.toString())).toList()), Occur.SHOULD);
        }
        return visible.build();
    }

    /**
     * The kind of each document of a segment, by its ordinal plus one. A segment's documents never change (an
     * update is a delete and a new document elsewhere), so the table is built once per segment, from the kind terms'
     * postings, and kept while the segment lives.
     */
    private final Map<IndexReader.CacheKey, byte[]> kindsOfSegments = Collections.synchronizedMap(new WeakHashMap<>());

    private byte[] kindsOf(LeafReaderContext segment) throws IOException {
        var helper = segment.reader().getCoreCacheHelper();
        if (helper != null) {
            var known = kindsOfSegments.get(helper.getKey());
            if (known != null) {
                return known;
            }
        }
        var kinds = new byte[segment.reader().maxDoc()];
        for (SearchKind kind : SearchKind.values()) {
            var postings = segment.reader().postings(new Term(KIND, kind.name()), PostingsEnum.NONE);
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    kinds[doc] = (byte) (kind.ordinal() + 1);
                }
            }
        }
        if (helper != null) {
            kindsOfSegments.put(helper.getKey(), kinds);
        }
        return kinds;
    }

    /** Hands each match to the top-hits collector of its kind. */
    private final class ByKind implements Collector {

        private final TopScoreDocCollector[] collectors = new TopScoreDocCollector[SearchKind.values().length];

        ByKind(Set<SearchKind> kinds, int hits) {
            for (SearchKind kind : kinds) {
                // Counting every hit exactly also means no collector ever asks the shared scorer to skip
                // documents below its own minimum score, which would hide another kind's hits.
                collectors[kind.ordinal()] = TopScoreDocCollector.create(hits, Integer.MAX_VALUE);
            }
        }

        TopDocs topDocs(SearchKind kind) {
            return collectors[kind.ordinal()].topDocs();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext segment) throws IOException {
            var kinds = kindsOf(segment);
            var leaves = new LeafCollector[collectors.length + 1];
            for (int i = 0; i < collectors.length; i++) {
                if (collectors[i] != null) {
                    leaves[i + 1] = collectors[i].getLeafCollector(segment);
                }
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    for (LeafCollector leaf : leaves) {
                        if (leaf != null) {
                            leaf.setScorer(scorer);
                        }
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    var leaf = leaves[kinds[doc]];
                    if (leaf != null) {
                        leaf.collect(doc);
                    }
                }
            };
        }
    }

    /**
     * Marks the matched words in the hits of one search. The words each field variant matches are taken from the
     * rewritten query once per search: the span-aware scorer used before built a small in-memory index of every
     * hit's text for every variant, which the profile showed as a quarter of a search's time, and a query without
     * phrases gains nothing from it.
     */
    private final class Highlighting {

        private final Map<String, WeightedTerm[]> terms = new HashMap<>();

        Highlighting(Query text) {
            for (String field : List.of(TITLE, BODY)) {
                for (String variant : List.of(field, field + SearchAnalyzers.EN, field + SearchAnalyzers.IT)) {
                    terms.put(variant, QueryTermExtractor.getTerms(text, false, variant));
                }
            }
        }

        SearchHit hit(SearchDocument document, float score) {
            var title = highlight(TITLE, document.title());
            var fragments = new ArrayList<String>();
            var body = highlight(BODY, document.body());
            if (body != null) {
                fragments.addAll(body);
            }
            return new SearchHit(document.kind(), document.id(),
                    document.programId() == null ? null : ProgramId.of(document.programId()), document.parentId(),
                    document.title(), title == null ? new SimpleHTMLEncoder().encodeText(document.title())
                            : String.join(" … ", title), fragments, score);
        }

        /** The best fragments of a field's text, as written or as one of its stemmed forms matched; null if none did. */
        private List<String> highlight(String field, String value) {
            if (value.isEmpty()) {
                return null;
            }
            for (String variant : List.of(field, field + SearchAnalyzers.EN, field + SearchAnalyzers.IT)) {
                var words = terms.get(variant);
                if (words.length == 0) {
                    continue;
                }
                var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                        new SimpleHTMLEncoder(), new QueryTermScorer(words));
                highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
                highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
                try {
                    var fragments = highlighter.getBestFragments(analyzer.tokenStream(variant, value), value,
                            FRAGMENTS);
                    if (fragments.length > 0) {
                        return List.of(fragments);
                    }
                } catch (IOException | InvalidTokenOffsetsException e) {
                    throw new IllegalStateException("Cannot highlight " + field, e);
                }
            }
            return null;
        }
    }

    private static Document toLucene(SearchDocument document) {
        var lucene = new Document();
        lucene.add(new StringField(KEY, document.key(), Field.Store.NO));
        lucene.add(new StringField(KIND, document.kind().name(), Field.Store.YES));
        lucene.add(new StoredField(ID, document.id()));
        if (document.programId() != null) {
            lucene.add(new StringField(PROGRAM, document.programId(), Field.Store.YES));
        }
        if (document.kind().shared()) {
            lucene.add(new StringField(SHARED, YES, Field.Store.NO));
        }
        if (document.parentId() != null) {
            lucene.add(new StoredField(PARENT, document.parentId()));
        }
        lucene.add(new TextField(TITLE, document.title(), Field.Store.YES));
        lucene.add(new TextField(TITLE + SearchAnalyzers.EN, document.title(), Field.Store.NO));
        lucene.add(new TextField(TITLE + SearchAnalyzers.IT, document.title(), Field.Store.NO));
        var body = document.body();
        lucene.add(new TextField(BODY, body, Field.Store.NO));
        lucene.add(new TextField(BODY + SearchAnalyzers.EN, body, Field.Store.NO));
        lucene.add(new TextField(BODY + SearchAnalyzers.IT, body, Field.Store.NO));
        document.parts().forEach((name, text) -> lucene.add(new StoredField(PART + name, text)));
        return lucene;
    }

    private static SearchDocument fromLucene(Document lucene) {
        var parts = new HashMap<String, String>();
        for (IndexableField field : lucene.getFields()) {
            if (field.name().startsWith(PART)) {
                parts.put(field.name().substring(PART.length()), field.stringValue());
            }
        }
        return new SearchDocument(SearchKind.valueOf(lucene.get(KIND)), lucene.get(ID), lucene.get(PROGRAM),
                lucene.get(PARENT), lucene.get(TITLE), parts);
    }

    private interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    /** Closes the index and its directory, dropping what was not committed: the tracker indexes it again. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
