package app.ponte.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The words of a field within {@code edits} edits (a transposition counts as one) of a word, its first letter kept,
 * each weighted as Lucene's fuzzy query weighs it: {@code 1 - edits / length of the shorter word}. It finds what
 * {@link FuzzyQuery} finds, but a profile of the search benchmark showed a quarter of every search spent building
 * Levenshtein automata: a fuzzy query builds a set of them (one per distance) for each field it is asked about, at
 * every search. This query takes one automaton, built for the largest distance and kept in a small cache shared by
 * both fields and by later searches of the same word; the distance of each word it accepts is then counted
 * directly, which costs little on the few words an automaton lets through.
 */
final class TypoQuery extends MultiTermQuery {

    private static final int PREFIX = 1;
    private static final int CACHED = 512;
    private static final Map<String, CompiledAutomaton> AUTOMATA = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledAutomaton> eldest) {
            return size() > CACHED;
        }
    };

    private final Term term;
    private final int edits;
    private final int[] word;
    private final CompiledAutomaton automaton;

    TypoQuery(Term term, int edits, RewriteMethod rewrite) {
        super(term.field(), rewrite);
        this.term = term;
        this.edits = edits;
        this.word = term.text().codePoints().toArray();
        this.automaton = automaton(term.text(), edits);
    }

    private static CompiledAutomaton automaton(String text, int edits) {
        var key = edits + ":" + text;
        synchronized (AUTOMATA) {
            var cached = AUTOMATA.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Built outside the lock: two searches of a new word may both build it, which is harmless.
        var built = FuzzyQuery.getFuzzyAutomaton(text, edits, PREFIX, true);
        synchronized (AUTOMATA) {
            AUTOMATA.put(key, built);
        }
        return built;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return new Weighed(automaton.getTermsEnum(terms));
    }

    /** Publishes each accepted word's weight where the top-terms rewrite reads it, as the fuzzy query's enum does. */
    private final class Weighed extends FilteredTermsEnum {

        private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

        Weighed(TermsEnum words) {
            super(words, false);
        }

        @Override
        protected AcceptStatus accept(BytesRef bytes) {
            var other = bytes.utf8ToString().codePoints().toArray();
            int distance = distance(word, other, edits);
            if (distance > edits) {
                return AcceptStatus.NO;
            }
            boost.setBoost(distance == 0 ? 1f
                    : (float) (1.0 - (double) distance / Math.min(word.length, other.length)));
            return AcceptStatus.YES;
        }
    }

    /** Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions). */
    static int distance(int[] a, int[] b, int most) {
        if (Math.abs(a.length - b.length) > most) {
            return most + 1;
        }
        var before = new int[b.length + 1];
        var previous = new int[b.length + 1];
        var current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length];
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            automaton.visit(visitor, this, field);
        }
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + term.text() + "~" + edits;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((TypoQuery) other).term) && edits == ((TypoQuery) other).edits;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + term.hashCode()) + edits;
    }
}
