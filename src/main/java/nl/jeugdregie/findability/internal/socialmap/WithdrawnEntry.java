package nl.jeugdregie.findability.internal.socialmap;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A withdrawn entry (or, for the check step, any entry: {@code withdrawnOn} is then null).
 *
 * @param organizationId the organisation it belongs to (itself for an organisation)
 */
public record WithdrawnEntry(OrganizationRecords.Withdrawable kind, UUID id, UUID organizationId, String name, String organizationName,
		@Nullable LocalDate withdrawnOn) {

	/** What a list shows before the name. */
	public String kindName() {
		return switch (kind) {
			case ORGANIZATION -> "Organisatie";
			case LOCATION -> "Locatie";
			case SERVICE -> "Aanbod";
		};
	}

	/** The path of the check step of bringing it back. */
	public String restorePath() {
		return switch (kind) {
			case ORGANIZATION -> "/beheer/sociale-kaart/organisaties/" + id + "/terugzetten";
			case LOCATION -> "/beheer/sociale-kaart/locaties/" + id + "/terugzetten";
			case SERVICE -> "/beheer/sociale-kaart/" + id + "/terugzetten";
		};
	}
}
