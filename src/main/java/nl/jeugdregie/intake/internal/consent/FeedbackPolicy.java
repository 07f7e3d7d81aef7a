package nl.jeugdregie.intake.internal.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOE-11: the referrer always gets feedback, but content only with consent that holds on the day it is sent. A
 * request the family brought themselves has no referrer to inform.
 */
final class FeedbackPolicy {

	private FeedbackPolicy() {}

	static Optional<Refusal> check(HelpRequest request, @Nullable FeedbackKind kind, List<Consent> consents,
			LocalDate today) {
		if (!request.referrer().isProfessional()) {
			return Optional.of(Refusal.of("kind", "intake.feedback.noReferrer"));
		}
		if (kind == null) {
			return Optional.of(Refusal.of("kind", "intake.feedback.kind.required"));
		}
		if (kind == FeedbackKind.CONTENT && consents.stream().noneMatch(
				c -> c.purpose() == ConsentPurpose.CONTENT_FEEDBACK_TO_REFERRER && c.holdsOn(today))) {
			return Optional.of(Refusal.of("kind", "intake.feedback.consentRequired"));
		}
		return Optional.empty();
	}

	/** Consent is given on a real day between the registration and today, by someone. */
	static Optional<Refusal> checkConsent(HelpRequest request, @Nullable ConsentPurpose purpose, @Nullable ConsentGiver givenBy,
			@Nullable LocalDate givenOn, LocalDate today) {
		if (purpose == null || givenBy == null) {
			return Optional.of(Refusal.of("givenBy", "intake.consent.required"));
		}
		if (givenOn == null || givenOn.isBefore(request.registeredOn()) || givenOn.isAfter(today)) {
			return Optional.of(Refusal.of("givenOn", "intake.consent.date"));
		}
		return Optional.empty();
	}
}
