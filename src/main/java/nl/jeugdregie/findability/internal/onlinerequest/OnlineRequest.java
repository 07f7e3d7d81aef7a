package nl.jeugdregie.findability.internal.onlinerequest;

import java.time.LocalDate;
import nl.jeugdregie.intake.Referrer;
import org.jspecify.annotations.Nullable;

/**
 * VIND-3: a checked online request: who asks, the young person, the carer when a parent asks, the postcode (four
 * digits decide the district), how to reach the person and the question. Its {@code toString} names no one.
 */
record OnlineRequest(Referrer who, String givenName, String familyName, LocalDate dateOfBirth,
		@Nullable String carerName, @Nullable String carerRelation, Postcode postcode, @Nullable String phone,
		@Nullable String email, String question) {

	OnlineRequest {
		if (who != Referrer.YOUNG_PERSON && who != Referrer.PARENT) {
			throw new IllegalArgumentException("The public form is for young people and parents");
		}
		if (phone == null && email == null) {
			throw new IllegalArgumentException("An online request has a phone number or an e-mail address");
		}
	}

	/** The question as intake stores it, with how to reach the person (the help request has no contact fields). */
	String questionWithContact() {
		var contact = new StringBuilder("\n\nBereikbaar via (online formulier):");
		if (phone != null) {
			contact.append(" telefoon ").append(phone);
		}
		if (email != null) {
			contact.append(phone != null ? ", " : " ").append("e-mail ").append(email);
		}
		return question + contact;
	}

	@Override
	public String toString() {
		return "OnlineRequest[who=" + who + ", postcode area=" + postcode.area() + "]";
	}
}
