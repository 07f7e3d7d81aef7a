package nl.jeugdregie.intake.internal.consent;

import java.time.LocalDate;
import nl.jeugdregie.intake.FeedbackKind;
import nl.jeugdregie.intake.internal.file.Dates;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;

/**
 * The text of the feedback to the referrer (TOE-11). An acknowledgement names only the reference and the date of
 * receipt; content feedback adds, in plain words, where the request stands.
 */
final class FeedbackLetter {

	private FeedbackLetter() {}

	static String of(HelpRequest request, FeedbackKind kind, String teamName, LocalDate today) {
		var text = new StringBuilder()
				.append("Geachte heer, mevrouw,\n\n")
				.append("Het Centrum Jeugd en Gezin heeft op ").append(Dates.dutch(request.registeredOn()))
				.append(" uw aanmelding ontvangen. Ons kenmerk is ").append(request.number()).append(".\n\n");
		if (kind == FeedbackKind.CONTENT) {
			text.append("De jeugdige en de ouders gaven toestemming om u te vertellen hoe het gaat. ")
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
}
