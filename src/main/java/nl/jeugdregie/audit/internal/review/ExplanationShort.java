package nl.jeugdregie.audit.internal.review;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** An explanation is short: at most {@value ProposedReview#MAX_EXPLANATION} characters. */
final class ExplanationShort implements Policy<ProposedReview> {

	@Override
	public Optional<Refusal> check(ProposedReview review) {
		return review.explanation() != null && review.explanation().length() > ProposedReview.MAX_EXPLANATION
				? Optional.of(Refusal.of("explanation", "review.explanation.too-long", ProposedReview.MAX_EXPLANATION))
				: Optional.empty();
	}
}
