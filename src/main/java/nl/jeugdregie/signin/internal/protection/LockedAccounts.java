package nl.jeugdregie.signin.internal.protection;

import java.time.Clock;
import java.util.List;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.signin.internal.protection.JdbcLoginFailures.LockedAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of locked accounts of his municipality, and lifting a lock. */
@Service
class LockedAccounts {

	private final JdbcLoginFailures failures;
	private final AuditTrail audit;
	private final Clock clock;

	LockedAccounts(JdbcLoginFailures failures, AuditTrail audit, Clock clock) {
		this.failures = failures;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<LockedAccount> of(CurrentUser administrator) {
		return failures.lockedAccounts(administrator.municipality(), clock.instant());
	}

	/** False when the account is not locked or not of the administrator's municipality. */
	@Transactional
	boolean unlock(CurrentUser administrator, String username) {
		// A NUL cannot be in an account name, and PostgreSQL refuses it in a query.
		if (username.indexOf('\0') >= 0 || !failures.unlock(username, administrator.municipality(), clock.instant())) {
			return false;
		}
		audit.record(ClientFileAccess.security(administrator, ThrottledAuthenticationProvider.subject(username),
				AuditAction.ACCOUNT_UNLOCKED, Labels.text("text.signin.account.unlocked")));
		return true;
	}
}
