package nl.jeugdregie.intake.internal.file;

import java.util.Optional;
import java.util.function.Function;
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

	/**
	 * Opens a help request for reading by its case team only (no reason to give): {@code load} reads what the page
	 * shows, then the read is audited as {@code read}; a refusal is audited as {@code refusal}.
	 */
	public <R> Optional<R> read(HelpRequestId id, CurrentUser user, String refusal, String read,
			Function<HelpRequest, R> load) {
		return opening.forRead(requests.find(id), user, request -> CaseAccessPolicy.decide(user, request.scope()),
				ClientFileOpening.RefusalText.of(refusal, "Hulpvraag " + id), read, load).doneValue();
	}

	/** Records a change refused by a rule on an opened request, in the trail of the municipality that holds it. */
	public void refused(HelpRequest request, CurrentUser user, String what) {
		opening.recordRefusal(request, user, what);
	}
}
