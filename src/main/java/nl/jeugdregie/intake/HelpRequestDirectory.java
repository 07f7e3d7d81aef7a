package nl.jeugdregie.intake;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * Looks up whether a help request exists and where it belongs, for modules that link to a request (such as a
 * household in plans). Answers only a {@link HelpRequestSummary}, never the request's personal data.
 */
public interface HelpRequestDirectory {

	Optional<HelpRequestSummary> find(HelpRequestId id);

	/**
	 * The pseudonymous client id of the young person a request is about: the same for every request about the
	 * same BSN (returning clients), so other modules can tell it is the same young person (PLAN-3).
	 */
	Optional<ClientId> youngPersonOf(HelpRequestId id);

	/** The client id intake knows for a young person's BSN in the municipality, if any request was about them. */
	Optional<ClientId> youngPersonWithBsn(MunicipalityCode municipality, String bsn);

	/**
	 * The young person's age in whole years on a day, for figures that count 18-year-olds (MON-5: allocations to
	 * young people of 18 or older); empty for an unknown request. Only the number of years, never the date of birth.
	 */
	Optional<Integer> ageOn(HelpRequestId id, LocalDate day);
}
