package app.ponte.imports;

import com.ibm.icu.text.Transliterator;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How names are compared when looking for duplicates. A name is folded (lower case, accents and punctuation
 * dropped, "S.p.A." read as one word), legal-form words are dropped ("spa", "srl", "ltd", "gmbh", 有限公司…), and a
 * name in another script is also read in Latin letters: generic words of Chinese organization names are translated
 * (大学 → university) and the rest transliterated with ICU (复旦 → fudan), so that "复旦大学" reads "fudan
 * university". Two names score the symmetric mean, over the tokens of each, of the best Jaro-Winkler similarity with
 * a token of the other.
 */
public final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of("spa", "srl", "srls", "sas", "snc", "scarl", "scrl",
            "scpa", "onlus", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "llc", "llp",
            "plc", "gmbh", "ag", "kg", "sa", "sarl", "bv", "nv", "oy", "ab", "as", "pty", "kk", "cie");
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "for", "di", "del", "della", "dei",
            "degli", "delle", "e", "per", "de", "la", "le", "il", "lo", "des", "du", "und", "der");
    /** Chinese legal forms, longest first, dropped before anything else. */
    private static final List<String> NATIVE_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司",
            "股份公司", "集团公司", "公司");
    /** Generic words of Chinese organization names, with the English word their Latin names use. */
    private static final Map<String, String> NATIVE_WORDS = new LinkedHashMap<>();

    static {
        NATIVE_WORDS.put("科技大学", " university of science and technology ");
        NATIVE_WORDS.put("大学", " university ");
        NATIVE_WORDS.put("学院", " institute ");
        NATIVE_WORDS.put("研究院", " institute ");
        NATIVE_WORDS.put("研究所", " institute ");
        NATIVE_WORDS.put("医院", " hospital ");
        NATIVE_WORDS.put("银行", " bank ");
        NATIVE_WORDS.put("集团", " group ");
        NATIVE_WORDS.put("中心", " center ");
        NATIVE_WORDS.put("协会", " association ");
        NATIVE_WORDS.put("商会", " chamber of commerce ");
        NATIVE_WORDS.put("大使馆", " embassy ");
        NATIVE_WORDS.put("总领事馆", " consulate general ");
        NATIVE_WORDS.put("领事馆", " consulate ");
        NATIVE_WORDS.put("科技", " technology ");
        NATIVE_WORDS.put("制药", " pharmaceutical ");
        NATIVE_WORDS.put("中国", " china ");
        NATIVE_WORDS.put("意大利", " italy ");
    }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Names() {
    }

    /**
     * The name's tokens in Latin letters, folded and without legal forms and stop words; a name in another script
     * is translated and transliterated first. Empty for a blank name.
     */
    public static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String text = name;
        if (!isLatin(text)) {
            text = latin(text);
        }
        return foldedTokens(text);
    }

    /** The name folded in its own script, without legal forms: what two native names are compared by. */
    public static String nativeKey(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        for (String form : NATIVE_LEGAL_FORMS) {
            text = text.replace(form, " ");
        }
        return String.join(" ", foldedTokens(text));
    }

    /** The folded tokens joined: the name part of an organization's natural key. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    static boolean isLatin(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** A name in another script read in Latin letters: generic words translated, each run of the rest joined. */
    static String latin(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        for (String form : NATIVE_LEGAL_FORMS) {
            text = text.replace(form, " ");
        }
        for (var word : NATIVE_WORDS.entrySet()) {
            text = text.replace(word.getKey(), word.getValue());
        }
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean foreign = Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
            if (foreign) {
                run.appendCodePoint(c);
            } else {
                flush(run, out);
                out.appendCodePoint(c);
            }
        });
        flush(run, out);
        return out.toString();
    }

    private static void flush(StringBuilder run, StringBuilder out) {
        if (run.length() > 0) {
            // ICU writes one syllable a character ("fu dan"); a Latin name writes the run as one word ("Fudan").
            out.append(' ').append(TO_LATIN.get().transliterate(run.toString()).replaceAll("[\\s'’-]+", ""))
                    .append(' ');
            run.setLength(0);
        }
    }

    private static List<String> foldedTokens(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                // "S.p.A.", "Co." and "L'Aquila" are single words.
                .replaceAll("[.'’]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> tokens = new ArrayList<>();
        for (String token : plain.split(" ")) {
            if (!token.isEmpty() && !LEGAL_FORMS.contains(token) && !STOP_WORDS.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The similarity of two token lists, from 0 to 1. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        // Token by token: the whole names' Jaro-Winkler would call every "University of …" alike by its prefix.
        return (directed(a, b) + directed(b, a)) / 2;
    }

    private static double directed(List<String> from, List<String> to) {
        double sum = 0;
        for (String token : from) {
            double best = 0;
            for (String other : to) {
                best = Math.max(best, JARO_WINKLER.apply(token, other));
            }
            sum += best;
        }
        return sum / from.size();
    }

    /**
     * The host of a website without "www.", in lower case; null for none. "fudan.edu.cn", "https://www.fudan.edu.cn/en/"
     * and "WWW.FUDAN.EDU.CN" give the same domain.
     */
    public static String domain(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String site = website.strip();
        if (!site.contains("://")) {
            site = "https://" + site;
        }
        try {
            String host = URI.create(site.replace(" ", "")).getHost();
            if (host == null || !host.contains(".")) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** A website as the directory keeps it: with its scheme, which a spreadsheet often leaves out. */
    public static String website(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String site = website.strip();
        return site.contains("://") ? site : "https://" + site;
    }
}
