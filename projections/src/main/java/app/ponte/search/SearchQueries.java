package app.ponte.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query, built term by term and never parsed, so that Lucene's syntax
 * characters ({@code + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /}) are only text. Each term of the text must match in
 * the title or the body (all of them for up to three terms, three in four beyond), as written, stemmed in English
 * or in Italian, as the prefix of a longer word when it is the last one still being typed, or, from four
 * characters, within one edit (two from eight) of a word, so that "Fuden" finds Fudan. Title matches weigh more.
 */
final class SearchQueries {

    private static final Analyzer PLAIN = SearchAnalyzers.chain(SearchAnalyzers.Stemming.NONE);
    private static final Analyzer ENGLISH = SearchAnalyzers.chain(SearchAnalyzers.Stemming.ENGLISH);
    private static final Analyzer ITALIAN = SearchAnalyzers.chain(SearchAnalyzers.Stemming.ITALIAN);
    private static final float TITLE_BOOST = 3f;
    private static final float STEMMED = 0.8f;
    private static final float PREFIX = 0.6f;
    private static final float FUZZY = 0.4f;
    private static final int MIN_FUZZY = 4;
    private static final int TWO_EDITS = 8;
    private static final int MIN_PREFIX = 2;
    /*
     * A prefix or a typo stands for at most this many words of the index, the best: the query is then a plain set
     * of terms after one rewrite, which every kind's search and the highlighter reuse instead of expanding it
     * again, and sixteen terms of it stay well under Lucene's 1,024 clauses.
     */
    private static final int MAX_EXPANSIONS = 20;
    private static final MultiTermQuery.RewriteMethod EXPANSIONS =
            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS);
    private static final int MAX_TERMS = 16;

    private SearchQueries() {
    }

    private record Token(String term, String type) {

        boolean cjk() {
            return type.equals(org.apache.lucene.analysis.cjk.CJKBigramFilter.DOUBLE_TYPE)
                    || type.equals(org.apache.lucene.analysis.cjk.CJKBigramFilter.SINGLE_TYPE);
        }

        int length() {
            return term.codePointCount(0, term.length());
        }
    }

    /** The query for the text; null when nothing in it is a word (only punctuation, say). */
    static Query text(String text) {
        var plain = tokens(PLAIN, text);
        var english = tokens(ENGLISH, text);
        var italian = tokens(ITALIAN, text);
        if (plain.size() > MAX_TERMS) {
            plain = plain.subList(0, MAX_TERMS);
            english = english.subList(0, Math.min(MAX_TERMS, english.size()));
            italian = italian.subList(0, Math.min(MAX_TERMS, italian.size()));
        }
        if (plain.isEmpty()) {
            return null;
        }
        boolean stillTyping = !Character.isWhitespace(text.charAt(text.length() - 1));
        var all = new BooleanQuery.Builder();
        for (int i = 0; i < plain.size(); i++) {
            var token = plain.get(i);
            var either = new BooleanQuery.Builder();
            for (String field : List.of(SearchIndex.TITLE, SearchIndex.BODY)) {
                float weight = field.equals(SearchIndex.TITLE) ? TITLE_BOOST : 1f;
                either.add(boost(new TermQuery(new Term(field, token.term())), weight), Occur.SHOULD);
                if (english.size() == plain.size()) {
                    either.add(boost(new TermQuery(new Term(field + SearchAnalyzers.EN, english.get(i).term())),
                            weight * STEMMED), Occur.SHOULD);
                }
                if (italian.size() == plain.size()) {
                    either.add(boost(new TermQuery(new Term(field + SearchAnalyzers.IT, italian.get(i).term())),
                            weight * STEMMED), Occur.SHOULD);
                }
                boolean last = i == plain.size() - 1;
                if (last && stillTyping && (token.cjk() || token.length() >= MIN_PREFIX)) {
                    either.add(boost(new PrefixQuery(new Term(field, token.term()), EXPANSIONS), weight * PREFIX),
                            Occur.SHOULD);
                }
                if (!token.cjk() && token.length() >= MIN_FUZZY) {
                    int edits = token.length() >= TWO_EDITS ? 2 : 1;
                    either.add(boost(new TypoQuery(new Term(field, token.term()), edits, EXPANSIONS), weight * FUZZY),
                            Occur.SHOULD);
                }
            }
            all.add(either.build(), Occur.SHOULD);
        }
        int n = plain.size();
        all.setMinimumNumberShouldMatch(n <= 3 ? n : n - n / 4);
        return all.build();
    }

    private static Query boost(Query query, float weight) {
        return weight == 1f ? query : new BoostQuery(query, weight);
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        var tokens = new ArrayList<Token>();
        try (var stream = analyzer.tokenStream(SearchIndex.BODY, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
