package app.ponte.search;

import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text is cut into terms. Every field is indexed three ways: as written ({@code title}, {@code body}), with
 * English light stemming ({@code title_en}, ...) and with Italian light stemming ({@code title_it}, ...). The chain
 * they share folds width and case, drops Italian and French elided articles ({@code dell'università} is
 * {@code università}), pairs Chinese, Japanese and Korean characters into overlapping bigrams (so that 四川 finds
 * 四川大学 without a dictionary) and folds accents ({@code citta} finds Città). No stemmer removes a token, so the
 * three ways cut the same text into the same number of terms, which the query relies on.
 */
final class SearchAnalyzers {

    static final String EN = "_en";
    static final String IT = "_it";

    private static final CharArraySet ELIDED = new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d", "j", "n", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu"), true);

    private SearchAnalyzers() {
    }

    /** One analyzer for the whole document: each field by its suffix. */
    static Analyzer perField() {
        var plain = chain(Stemming.NONE);
        return new PerFieldAnalyzerWrapper(plain, Map.of(
                SearchIndex.TITLE + EN, chain(Stemming.ENGLISH), SearchIndex.BODY + EN, chain(Stemming.ENGLISH),
                SearchIndex.TITLE + IT, chain(Stemming.ITALIAN), SearchIndex.BODY + IT, chain(Stemming.ITALIAN)));
    }

    enum Stemming { NONE, ENGLISH, ITALIAN }

    static Analyzer chain(Stemming stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ElisionFilter(stream, ELIDED);
                stream = new CJKBigramFilter(stream);
                // Stemmers see the accented word (the Italian one needs it); folding comes last.
                stream = switch (stemming) {
                    case NONE -> stream;
                    case ENGLISH -> new KStemFilter(new EnglishPossessiveFilter(stream));
                    case ITALIAN -> new ItalianLightStemFilter(stream);
                };
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
            }
        };
    }
}
