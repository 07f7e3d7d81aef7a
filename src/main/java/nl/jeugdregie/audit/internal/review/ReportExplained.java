package nl.jeugdregie.audit.internal.review;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** A reported read says briefly why, so the privacy officer can act on it. */
final class ReportExplained implements Policy<ProposedReview> {

	@Override
	public Optional<Refusal> check(ProposedReview review) {
		return review.decision() == ReviewDecision.REPORTED && review.explanation() == null
				? Optional.of(Refusal.of("explanation", "review.explanation.missing")) : Optional.empty();
	}
}
