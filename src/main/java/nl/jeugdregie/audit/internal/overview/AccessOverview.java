package nl.jeugdregie.audit.internal.overview;

import java.time.Instant;
import java.util.List;

/**
 * The overview of who accessed a client's files, when and why, for the family (AVG article 15): the municipality,
 * when it was made, how the client was named (a BSN only by its last three digits), the files it covers, and the
 * accesses oldest first.
 */
record AccessOverview(String municipality, Instant madeAt, String madeFor, List<String> files, List<OverviewLine> lines) {}
