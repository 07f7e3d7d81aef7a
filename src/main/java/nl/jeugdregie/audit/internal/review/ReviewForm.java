package nl.jeugdregie.audit.internal.review;

import org.jspecify.annotations.Nullable;

/** The review form as typed: the decision, the explanation, and the version of the item it was made on. */
public class ReviewForm {

	private @Nullable String decision;
	private @Nullable String explanation;
	private long version;

	public @Nullable String getDecision() {
		return decision;
	}

	public void setDecision(@Nullable String decision) {
		this.decision = decision;
	}

	public @Nullable String getExplanation() {
		return explanation;
	}

	public void setExplanation(@Nullable String explanation) {
		this.explanation = explanation;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	ProposedReview proposed() {
		return ProposedReview.of(decision, explanation);
	}
}
