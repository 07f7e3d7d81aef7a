package nl.jeugdregie.audit.internal;

import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.AdministrativeChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the administrator's changes to teams and user accounts (issue 14) in the audit chain. A plain, synchronous
 * listener: it runs in the transaction that made the change, so the change and its record commit or roll back
 * together. Such a record names no client.
 */
@Component
class AdministrativeChangeRecorder {

	private final AuditTrail trail;

	AdministrativeChangeRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AdministrativeChange change) {
		var action = switch (change.kind()) {
			case CREATED -> AuditAction.CREATE;
			case CHANGED -> AuditAction.UPDATE;
		};
		trail.record(new ClientFileAccess(change.actor(), null, change.subject(), action, change.what(), null));
	}
}
