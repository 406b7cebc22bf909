package app.ponte.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** TypoQuery expands a word to the same index words, with the same weights, as Lucene's FuzzyQuery. */
class TypoQueryTest {

    private static final List<String> WORDS = List.of("fudan", "fuden", "fudna", "fundan", "fudanese", "sudan",
            "fuda", "fdan", "conicella", "conicela", "conicelli", "coniccella", "cinicella", "conicellas",
            "university", "universita", "universty", "unviersity", "universe");

    @Test
    void expandsLikeLucenesFuzzyQuery() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                // Several segments, so that the expansion is merged across them as in the real index.
                for (String word : WORDS) {
                    var document = new Document();
                    document.add(new TextField("body", word, Field.Store.NO));
                    writer.addDocument(document);
                    writer.commit();
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                var rewrite = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(50);
                for (String typed : List.of("fudan", "fuden", "conicela", "universty", "univrsity", "zzzz")) {
                    for (int edits : List.of(1, 2)) {
                        var fuzzy = new FuzzyQuery(new Term("body", typed), edits, 1, 50, true, rewrite);
                        var typo = new TypoQuery(new Term("body", typed), edits, rewrite);
                        assertThat(weights(searcher.rewrite(typo))).as(typed + "~" + edits)
                                .isEqualTo(weights(searcher.rewrite(fuzzy)));
                    }
                }
                assertThat(weights(searcher.rewrite(new TypoQuery(new Term("body", "fudan"), 1, rewrite))))
                        .containsOnlyKeys("fudan", "fuden", "fudna", "fundan", "fuda", "fdan");
            }
        }
    }

    /** Each term of a rewritten query and its boost. */
    private static Map<String, Float> weights(Query rewritten) {
        var weights = new TreeMap<String, Float>();
        collect(rewritten, 1f, weights);
        return weights;
    }

    private static void collect(Query query, float boost, Map<String, Float> weights) {
        if (query instanceof BoostQuery boosted) {
            collect(boosted.getQuery(), boost * boosted.getBoost(), weights);
        } else if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                collect(clause.getQuery(), boost, weights);
            }
        } else if (query instanceof TermQuery term) {
            weights.put(term.getTerm().text(), boost);
        } else if (!(query instanceof MatchNoDocsQuery)) {
            throw new AssertionError("Unexpected " + query.getClass());
        }
    }
}
