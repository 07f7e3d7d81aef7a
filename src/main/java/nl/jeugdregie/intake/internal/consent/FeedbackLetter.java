package nl.jeugdregie.intake.internal.consent;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.intake.internal.file.Dates;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import org.jspecify.annotations.Nullable;

/**
 * The text of the feedback to the referrer (TOE-11). An acknowledgement names only the reference and the date of
 * receipt; content feedback names who consented and adds, in plain words, where the request stands.
 */
final class FeedbackLetter {

	private FeedbackLetter() {}

	/**
	 * Who consented to content feedback on the day, from the consents that hold then: the young person and the
	 * parents together when both did, separately or at once; null without such consent.
	 */
	static @Nullable ConsentGiver consentedBy(List<Consent> consents, LocalDate today) {
		var givers = consents.stream()
				.filter(c -> c.purpose() == ConsentPurpose.CONTENT_FEEDBACK_TO_REFERRER && c.holdsOn(today))
				.map(Consent::givenBy).distinct().toList();
		if (givers.isEmpty()) {
			return null;
		}
		return givers.size() == 1 ? givers.getFirst() : ConsentGiver.BOTH;
	}

	static String of(HelpRequest request, FeedbackKind kind, @Nullable ConsentGiver consentedBy, String teamName,
			LocalDate today) {
		var text = new StringBuilder()
				.append("Geachte heer, mevrouw,\n\n")
				.append("Het Centrum Jeugd en Gezin heeft op ").append(Dates.dutch(request.registeredOn()))
				.append(" uw aanmelding ontvangen. Ons kenmerk is ").append(request.number()).append(".\n\n");
		if (kind == FeedbackKind.CONTENT && consentedBy != null) {
			text.append(consentSentence(consentedBy)).append(" ")
					.append("Stand van zaken op ").append(Dates.dutch(today)).append(": ")
					.append(request.state().dutchName().toLowerCase()).append(".");
			var triage = request.triage();
			if (triage != null) {
				text.append(" Afgesproken is: ").append(triage.outcome().dutchName().toLowerCase()).append(".");
			}
			text.append("\n\n");
		} else {
			text.append("Wij bellen of schrijven u niet over de inhoud, tenzij de jeugdige of de ouders daar ")
					.append("toestemming voor geven.\n\n");
		}
		return text.append("Met vriendelijke groet,\n\n").append(teamName).append("\nCentrum Jeugd en Gezin").toString();
	}

	/** TOE-11: the letter names who actually consented. */
	private static String consentSentence(ConsentGiver consentedBy) {
		return switch (consentedBy) {
			case YOUNG_PERSON -> "De jeugdige gaf toestemming om u te vertellen hoe het gaat.";
			case PARENTS -> "De ouders of verzorgers gaven toestemming om u te vertellen hoe het gaat.";
			case BOTH -> "De jeugdige en de ouders gaven toestemming om u te vertellen hoe het gaat.";
		};
	}
}
