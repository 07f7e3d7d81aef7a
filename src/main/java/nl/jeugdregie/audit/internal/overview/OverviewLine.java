package nl.jeugdregie.audit.internal.overview;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One access to the client's files as the family may see it (AVG article 15, ADR 0025): when, who (a name only for
 * staff of the municipality that holds the file), role, team, organisation, which file, what was done, why, and
 * whether it was allowed. No usernames, no source addresses, no internal ids.
 */
record OverviewLine(Instant moment, String who, String role, String team, String organisation, String file,
		String action, @Nullable String reason, String outcome) {

	static final String ALLOWED = "Toegestaan";
	static final String REFUSED = "Geweigerd";

	/** The reason as the family reads it: the one given, else why none was needed, else that none was given. */
	public String reasonText() {
		if (reason != null) {
			return reason;
		}
		return ALLOWED.equals(outcome) && !team.equals(OTHER) ? "Geen reden nodig: eigen team" : "Geen reden gegeven";
	}

	/** The team shown for someone whose team the family is not told (another municipality) or that is unknown. */
	static final String OTHER = "–";
}
