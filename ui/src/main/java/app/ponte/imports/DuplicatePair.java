package app.ponte.imports;

/**
 * Two stored records that are likely one: {@code kind} is ORGANIZATION or CONTACT, {@code score} from 0 to 1 (1 for a
 * shared natural key), and {@code reason} says why in words ("same website fudan.edu.cn", "similar name"). The first
 * is the record registered earlier in the directory's order, the one a merge would usually keep.
 */
public record DuplicatePair(String kind, String firstId, String firstName, String firstDetail, String secondId,
        String secondName, String secondDetail, double score, String reason) {
}
