package nl.jeugdregie.intake.internal.file;

import java.util.Optional;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import org.springframework.stereotype.Component;

/**
 * Loads a help request for a change: only for the case team (SEC-2). An unknown file or a user outside the
 * team gets nothing, and the refusal is audited by the shared opening step, so every change path refuses alike.
 */
@Component
public class ChangeableFiles {

	private final JdbcHelpRequests requests;
	private final ClientFileOpening opening;

	ChangeableFiles(JdbcHelpRequests requests, ClientFileOpening opening) {
		this.requests = requests;
		this.opening = opening;
	}

	/** @param refusal what the refused change was, for the audit trail */
	public Optional<HelpRequest> open(HelpRequestId id, CurrentUser user, String refusal) {
		return opening.forChange(requests.find(id), user, request -> CaseAccessPolicy.decide(user, request.scope()),
				ClientFileOpening.RefusalText.of(refusal, "Hulpvraag " + id)).doneValue();
	}
}
