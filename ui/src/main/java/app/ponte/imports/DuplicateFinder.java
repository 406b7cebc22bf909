package app.ponte.imports;

import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds likely duplicates among stored records by the rules an import uses against the directory: a shared natural
 * key (website domain, or folded name with the country, in either script, for organizations; e-mail, or folded name
 * at the same organization, for contacts) scores 1; otherwise names alike by {@link Names#similarity} (Jaro-Winkler
 * over folded tokens, native names also read in Latin letters) score what they score, lowered by a twentieth across
 * countries or organizations, and count from {@link ImportPlanner#DUPLICATE_THRESHOLD}.
 *
 * <p>Every record is looked up among the records before it through a {@link CandidateIndex} and then filed, so each
 * pair is met once and the work grows with the directory, not with its square.
 */
public final class DuplicateFinder {

    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String CONTACT = "CONTACT";

    private DuplicateFinder() {
    }

    /** Likely duplicate pairs among the active organizations, best first. */
    public static List<DuplicatePair> organizations(List<OrganizationCard> cards) {
        var pairs = new Pairs();
        Map<String, OrganizationCard> byDomain = new HashMap<>();
        Map<String, OrganizationCard> byName = new HashMap<>();
        var index = new CandidateIndex<OrganizationCard>();
        for (OrganizationCard card : cards) {
            if (card.status() != null && !"ACTIVE".equals(card.status())) {
                // Archived and merged records are out of the directory's way already.
                continue;
            }
            String domain = Names.domain(card.website());
            if (domain != null) {
                var earlier = byDomain.putIfAbsent(domain, card);
                if (earlier != null) {
                    pairs.add(organization(earlier, card, 1.0, "same website " + domain));
                }
            }
            for (String name : new String[] {card.name(), card.nativeName()}) {
                String key = Names.nativeKey(name);
                if (key.isEmpty()) {
                    continue;
                }
                var earlier = byName.putIfAbsent(key + "|" + card.country(), card);
                if (earlier != null && earlier != card) {
                    pairs.add(organization(earlier, card, 1.0, "same name \"" + name + "\" in " + card.country()));
                }
            }
            var forms = List.of(Names.tokens(card.name()), Names.tokens(card.nativeName()));
            for (var found : index.like(forms, ImportPlanner.DUPLICATE_THRESHOLD, ImportPlanner.MAX_CANDIDATES)) {
                var earlier = found.item();
                double score = card.country() != null && card.country().equals(earlier.country()) ? found.score()
                        : found.score() * 0.95;
                if (score >= ImportPlanner.DUPLICATE_THRESHOLD) {
                    pairs.add(organization(earlier, card, score, readsAlike(earlier, card)
                            ? "similar name, read in Latin letters" : "similar name"));
                }
            }
            index.add(card, forms);
        }
        return pairs.best();
    }

    /** Likely duplicate pairs among the contacts not erased, best first. */
    public static List<DuplicatePair> contacts(List<ContactCard> cards) {
        var pairs = new Pairs();
        Map<String, ContactCard> byEmail = new HashMap<>();
        Map<String, ContactCard> byName = new HashMap<>();
        var index = new CandidateIndex<ContactCard>();
        for (ContactCard card : cards) {
            if (card.erased() || card.fullName() == null) {
                continue;
            }
            if (card.email() != null) {
                String email = card.email().toLowerCase(Locale.ROOT);
                var earlier = byEmail.putIfAbsent(email, card);
                if (earlier != null) {
                    pairs.add(contact(earlier, card, 1.0, "same e-mail " + email));
                }
            }
            var earlier = byName.putIfAbsent(Names.key(card.fullName()) + "|" + card.organizationId(), card);
            if (earlier != null) {
                pairs.add(contact(earlier, card, 1.0, "same name at " + card.organizationName()));
            }
            var forms = List.of(Names.tokens(card.fullName()));
            for (var found : index.like(forms, ImportPlanner.DUPLICATE_THRESHOLD, ImportPlanner.MAX_CANDIDATES)) {
                var other = found.item();
                double score = card.organizationId() != null && card.organizationId().equals(other.organizationId())
                        ? found.score() : found.score() * 0.95;
                if (score >= ImportPlanner.DUPLICATE_THRESHOLD) {
                    pairs.add(contact(other, card, score, "similar name"));
                }
            }
            index.add(card, forms);
        }
        return pairs.best();
    }

    /** Whether one of the two is known only in another script, so that they met through transliteration. */
    private static boolean readsAlike(OrganizationCard a, OrganizationCard b) {
        return !Names.isLatin(a.name()) || !Names.isLatin(b.name());
    }

    private static DuplicatePair organization(OrganizationCard first, OrganizationCard second, double score,
            String reason) {
        return new DuplicatePair(ORGANIZATION, first.organizationId().toString(), first.name(), detail(first),
                second.organizationId().toString(), second.name(), detail(second), round(score), reason);
    }

    private static String detail(OrganizationCard card) {
        String place = card.city() == null ? card.country() : card.city() + " (" + card.country() + ")";
        return card.nativeName() == null ? place : card.nativeName() + ", " + place;
    }

    private static DuplicatePair contact(ContactCard first, ContactCard second, double score, String reason) {
        return new DuplicatePair(CONTACT, first.contactId().toString(), first.fullName(), first.organizationName(),
                second.contactId().toString(), second.fullName(), second.organizationName(), round(score), reason);
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /** One pair per two records, the one with the best score (a natural key before a similar name). */
    private static final class Pairs {

        private final Map<String, DuplicatePair> byRecords = new LinkedHashMap<>();

        void add(DuplicatePair pair) {
            byRecords.merge(pair.firstId() + "|" + pair.secondId(), pair,
                    (kept, offered) -> offered.score() > kept.score() ? offered : kept);
        }

        List<DuplicatePair> best() {
            var all = new ArrayList<>(byRecords.values());
            all.sort(Comparator.comparingDouble((DuplicatePair p) -> -p.score())
                    .thenComparing(DuplicatePair::firstName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(DuplicatePair::secondName, String.CASE_INSENSITIVE_ORDER));
            return all;
        }
    }
}
