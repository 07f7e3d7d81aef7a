package nl.jeugdregie.audit.internal.review;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** A review item is decided once: a second decision would rewrite what the lead concluded (SEC-2). */
final class DecisionIsFinal implements Policy<ReviewItem> {

	@Override
	public Optional<Refusal> check(ReviewItem item) {
		return item.decided() ? Optional.of(Refusal.ofWhole("review.already-decided")) : Optional.empty();
	}
}
