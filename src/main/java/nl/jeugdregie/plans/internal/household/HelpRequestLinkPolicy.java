package nl.jeugdregie.plans.internal.household;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.intake.HelpRequestSummary;
import nl.jeugdregie.platform.result.Refusal;

/**
 * A household is linked only to a help request that exists and belongs to the user's own municipality; the
 * refusal is the same for both, so it does not reveal requests of another municipality.
 */
final class HelpRequestLinkPolicy {

	private HelpRequestLinkPolicy() {}

	static List<Refusal> check(Optional<HelpRequestSummary> request, MunicipalityCode municipality) {
		return request.filter(r -> r.municipality().equals(municipality)).isPresent() ? List.of()
				: List.of(Refusal.of("helpRequest", "plans.helpRequest.unknown"));
	}
}
