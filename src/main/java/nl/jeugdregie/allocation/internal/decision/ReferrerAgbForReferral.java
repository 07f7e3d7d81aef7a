package nl.jeugdregie.allocation.internal.decision;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-1: a referral by a GP, youth doctor or medical specialist names the referrer's AGB code (iJw OP297). */
final class ReferrerAgbForReferral implements Policy<DecideArrangement> {

	@Override
	public Optional<Refusal> check(DecideArrangement decision) {
		return decision.legalRoute().referrerAgbRequired() && decision.referrerAgb() == null
				? Optional.of(Refusal.of("referrerAgb", "allocation.decision.referrerAgb.required"))
				: Optional.empty();
	}
}
