package app.ponte.store;

/**
 * What a verify of the hash chain found: either every linked number verifies, or the first number where the chain
 * breaks, with the identifier of the event stored there (absent when the event itself is gone) and why.
 *
 * @param linked the numbers the chain covers, 1 to {@code linked}
 * @param verified how many of them verified before the break (all of them when intact)
 * @param brokenAt the first number that does not verify, or 0 when the chain is intact
 * @param eventId the identifier of the event stored at {@code brokenAt}, if there is one
 * @param reason why {@code brokenAt} does not verify, in words an auditor can read
 * @param unlinked numbers handed out after the last link (appended since, or not yet settled)
 */
public record HashChainReport(long linked, long verified, long brokenAt, String eventId, String reason,
        long unlinked) {

    static HashChainReport intact(long linked, long unlinked) {
        return new HashChainReport(linked, linked, 0, null, null, unlinked);
    }

    static HashChainReport broken(long linked, long number, String eventId, String reason) {
        return new HashChainReport(linked, number - 1, number, eventId, reason, 0);
    }

    public boolean intact() {
        return brokenAt == 0;
    }

    /** One sentence for a person: all N events verify, or where and why the chain breaks. */
    public String summary() {
        if (intact()) {
            return "All " + linked + " events verify" + (unlinked > 0 ? " (" + unlinked + " newer not linked yet)" : "")
                    + ".";
        }
        return "The chain breaks at event " + brokenAt + (eventId == null ? "" : " (" + eventId + ")") + ": " + reason
                + ". The " + verified + " events before it verify.";
    }
}
