package nl.jeugdregie.intake;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a professional registers about a new help request (TOE-1, TOE-3). Fields may be missing or wrong:
 * the registration checks them and answers with violations.
 *
 * @param carerName the parent or carer involved, if any (young adults may come alone)
 * @param carerRelation how the carer relates to the young person (moeder, vader, pleegouder, …)
 * @param crisis whether the professional judges it a crisis (TOE-10); none means no
 * @param type the kind of registration; none means a regular help request (TOE-16)
 * @param schoolLocation the school location that referred the request, if a school did (OND-5); optional
 */
public record RegisterHelpRequest(@Nullable String givenName, @Nullable String familyName,
		@Nullable LocalDate dateOfBirth, @Nullable String bsn, @Nullable String carerName,
		@Nullable String carerRelation, @Nullable Channel channel, @Nullable Referrer referrer,
		@Nullable String question, @Nullable Boolean crisis, @Nullable RequestType type, @Nullable UUID schoolLocation) {

	/** A request without a referring school location. */
	public RegisterHelpRequest(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable String bsn, @Nullable String carerName, @Nullable String carerRelation, @Nullable Channel channel,
			@Nullable Referrer referrer, @Nullable String question, @Nullable Boolean crisis, @Nullable RequestType type) {
		this(givenName, familyName, dateOfBirth, bsn, carerName, carerRelation, channel, referrer, question, crisis, type,
				null);
	}

	/** A regular help request. */
	public RegisterHelpRequest(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable String bsn, @Nullable String carerName, @Nullable String carerRelation, @Nullable Channel channel,
			@Nullable Referrer referrer, @Nullable String question, boolean crisis) {
		this(givenName, familyName, dateOfBirth, bsn, carerName, carerRelation, channel, referrer, question, crisis,
				RequestType.REGULAR, null);
	}

	public boolean isCrisis() {
		return Boolean.TRUE.equals(crisis);
	}

	public RequestType typeOrRegular() {
		return type == null ? RequestType.REGULAR : type;
	}

	/** A request that is not a crisis. */
	public RegisterHelpRequest(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable String bsn, @Nullable String carerName, @Nullable String carerRelation, @Nullable Channel channel,
			@Nullable Referrer referrer, @Nullable String question) {
		this(givenName, familyName, dateOfBirth, bsn, carerName, carerRelation, channel, referrer, question, false);
	}
}
