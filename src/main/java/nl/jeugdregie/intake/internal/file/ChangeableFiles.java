package nl.jeugdregie.intake.internal.file;

import java.util.Optional;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import org.springframework.stereotype.Component;

/**
 * Loads a help request for a change: only for the case team (SEC-2). An unknown file or a user outside the
 * team gets nothing, and the refusal is audited, so every change path refuses alike.
 */
@Component
public class ChangeableFiles {

	private final JdbcHelpRequests requests;
	private final AuditTrail audit;

	ChangeableFiles(JdbcHelpRequests requests, AuditTrail audit) {
		this.requests = requests;
		this.audit = audit;
	}

	/** @param refusal what the refused change was, for the audit trail */
	public Optional<HelpRequest> open(HelpRequestId id, CurrentUser user, String refusal) {
		var found = requests.find(id);
		if (found.isEmpty() || !CaseAccessPolicy.decide(user, found.get().scope()).granted()) {
			var refused = ClientFileAccess.refused(user, found.map(HelpRequest::client).orElse(null),
					found.map(HelpRequest::subject).orElse("Hulpvraag " + id), refusal);
			audit.record(found.map(request -> refused.ofFileIn(request.municipality())).orElse(refused));
			return Optional.empty();
		}
		return found;
	}
}
