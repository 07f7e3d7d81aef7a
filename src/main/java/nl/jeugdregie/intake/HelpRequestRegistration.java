package nl.jeugdregie.intake;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.platform.result.Outcome;

/**
 * Registers help requests and their first conversation. The web layer passes the clock's "now"; the demo
 * data and imports pass the moment a request really came in.
 */
public interface HelpRequestRegistration {

	/** Registers a request for the professional's own team; every registration is audited. */
	RegistrationResult register(RegisterHelpRequest request, CurrentUser professional, Instant registeredAt);

	/**
	 * Records the first conversation: from then on the request is in treatment ("in behandeling"). A missing
	 * date is refused, after the user's access to the file has been checked.
	 */
	Outcome<HelpRequestId> recordFirstConversation(HelpRequestId id, @Nullable LocalDate conversationDate,
			CurrentUser professional);
}
