package nl.jeugdregie.audit.internal.review;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** The lead chooses: justified, or reported. */
final class DecisionChosen implements Policy<ProposedReview> {

	@Override
	public Optional<Refusal> check(ProposedReview review) {
		return review.decision() == null ? Optional.of(Refusal.of("decision", "review.decision.missing")) : Optional.empty();
	}
}
