package nl.jeugdregie.audit.internal.overview;

import org.jspecify.annotations.Nullable;

/** The search for the overview: a BSN or a file number, as typed. */
public class OverviewForm {

	private @Nullable String reference;

	public @Nullable String getReference() {
		return reference;
	}

	public void setReference(@Nullable String reference) {
		this.reference = reference;
	}

	ReferenceInput input() {
		return ReferenceInput.of(reference);
	}
}
