package app.ponte.config.ops;

import java.time.Instant;

/**
 * Where one segment of a streaming processor stands, as its token in the token store says: the global number of the
 * last event it handled ({@code -1} when it has handled none), how many stored events it has still to handle, the
 * node that holds it (blank when nobody does) and when that node last renewed its claim.
 */
public record SegmentPosition(String processor, int segment, long position, long lag, String owner, Instant claimedAt,
        boolean replaying) {}
