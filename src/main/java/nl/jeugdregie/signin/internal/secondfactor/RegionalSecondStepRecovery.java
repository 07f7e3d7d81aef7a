package nl.jeugdregie.signin.internal.secondfactor;

import java.time.Clock;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.signin.SecondStepRecovery;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a municipality's administrator for the regional administrator (issue 14, ADR 0045):
 * identity decides that she may, this removes the step and records it as {@code SECOND_FACTOR_RESET}.
 */
@Component
class RegionalSecondStepRecovery implements SecondStepRecovery {

	private final JdbcSecondFactors store;
	private final CodeAttemptPolicy attempts;
	private final AuditTrail audit;
	private final Clock clock;

	RegionalSecondStepRecovery(JdbcSecondFactors store, SecondFactorSettings settings, AuditTrail audit, Clock clock) {
		this.store = store;
		this.attempts = settings.attempts();
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public State state(String username) {
		var stored = store.find(username).filter(JdbcSecondFactors.Stored::enrolled);
		if (stored.isEmpty()) {
			return State.NOT_SET_UP;
		}
		return attempts.current(stored.get().attempts(), clock.instant()).lockedUntil() != null ? State.LOCKED : State.SET_UP;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean reset(CurrentUser by, String username) {
		if (!store.removeAny(username)) {
			return false;
		}
		audit.record(ClientFileAccess.security(by, "account:" + username, AuditAction.SECOND_FACTOR_RESET,
				Labels.text("text.signin.secondStep.resetByRegionalAdministrator")));
		return true;
	}
}
