package nl.jeugdregie.signin.internal.secondfactor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.signin.internal.secondfactor.JdbcSecondFactors.AccountStatus;
import nl.jeugdregie.signin.internal.secondfactor.JdbcSecondFactors.Stored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second login step with a code from an authenticator app (issue 14 item 3, ADR 0040): who needs it, enrolling,
 * checking a code after the password, and the administrator's reset. Every enrolment, wrong code and reset is audited.
 */
@Service
class SecondFactors {

	/** What a logged-in person still has to do before working. */
	enum Need {
		/** Nothing: no second step required and none set up. */
		NONE,
		/** Type the code from the app. */
		CODE,
		/** Set up the app first: the role requires a second step. */
		ENROL
	}

	/** The answer to a typed code. */
	sealed interface Verdict {
		record Accepted() implements Verdict {}

		record Wrong(int triesLeft) implements Verdict {}

		record Locked(Instant until) implements Verdict {}

		/** No enrolment to check the code against (reset meanwhile): start again. */
		record NotSetUp() implements Verdict {}
	}

	/** A begun enrolment: what the person types or scans into the app. */
	record Enrolment(String secretForTyping, String otpauthUri) {}

	private final JdbcSecondFactors store;
	private final SecondFactorSettings settings;
	private final CodeAttemptPolicy attempts;
	private final AuditTrail audit;
	private final Clock clock;
	private volatile SecretSealing sealing;

	SecondFactors(JdbcSecondFactors store, SecondFactorSettings settings, AuditTrail audit, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.attempts = settings.attempts();
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Need need(CurrentUser user) {
		if (store.find(user.username()).filter(Stored::enrolled).isPresent()) {
			return Need.CODE;
		}
		return settings.requiredFor().contains(user.role()) ? Need.ENROL : Need.NONE;
	}

	@Transactional(readOnly = true)
	public boolean enrolled(CurrentUser user) {
		return store.find(user.username()).filter(Stored::enrolled).isPresent();
	}

	/** Whether the enrolment page was shown, so a secret waits for its first code. */
	@Transactional(readOnly = true)
	public boolean enrolmentBegun(CurrentUser user) {
		return store.find(user.username()).filter(stored -> !stored.enrolled()).isPresent();
	}

	/** Begins (or shows again) an enrolment; the same secret until it is confirmed, so a reload changes nothing. */
	@Transactional
	public Enrolment beginEnrolment(CurrentUser user) {
		var stored = store.find(user.username());
		if (stored.isPresent() && stored.get().enrolled()) {
			throw new IllegalStateException("Already enrolled: reset first");
		}
		var secret = stored.map(s -> sealing().open(s.sealedSecret(), user.username())).orElseGet(() -> {
			var fresh = SecondFactorSecret.generate();
			store.begin(user.username(), sealing().seal(fresh, user.username()));
			return fresh;
		});
		return new Enrolment(secret.forTyping(), secret.otpauthUri(settings.issuer(), user.username()));
	}

	/** The first code from the app: it proves the app holds the secret, and finishes the enrolment. */
	@Transactional
	public Verdict confirmEnrolment(CurrentUser user, String code) {
		return judge(user, code, false);
	}

	/** The code after the password. */
	@Transactional
	public Verdict verify(CurrentUser user, String code) {
		return judge(user, code, true);
	}

	/** The administrator removes someone's second step (a lost phone); they set it up again at the next login. */
	@Transactional
	public boolean reset(CurrentUser administrator, String username) {
		if (username.indexOf('\0') >= 0 || !store.remove(username, administrator.municipality())) {
			return false;
		}
		audit.record(ClientFileAccess.security(administrator, "account:" + username, AuditAction.SECOND_FACTOR_RESET,
				Labels.text("text.signin.secondStep.resetByAdministrator")));
		return true;
	}

	@Transactional(readOnly = true)
	public List<AccountStatus> ofMunicipality(CurrentUser administrator) {
		return store.ofMunicipality(administrator.municipality());
	}

	private Verdict judge(CurrentUser user, String code, boolean enrolled) {
		var now = clock.instant();
		var stored = store.lock(user.username()).filter(s -> s.enrolled() == enrolled);
		if (stored.isEmpty()) {
			return new Verdict.NotSetUp();
		}
		var current = attempts.current(stored.get().attempts(), now);
		if (current.lockedUntil() != null) {
			return new Verdict.Locked(current.lockedUntil());
		}
		var secret = sealing().open(stored.get().sealedSecret(), user.username());
		var step = TimeBasedCode.matchingStep(secret.bytes(), code.strip(), TimeBasedCode.stepAt(now),
				stored.get().lastUsedStep());
		if (step.isPresent()) {
			store.used(user.username(), step.getAsLong(), now);
			audit.record(ClientFileAccess.security(user, "account:" + user.username(),
					enrolled ? AuditAction.LOGIN_SUCCEEDED : AuditAction.SECOND_FACTOR_ENROLLED,
					enrolled ? Labels.text("text.signin.secondStep.codeAccepted")
							: Labels.text("text.signin.secondStep.enrolled")));
			return new Verdict.Accepted();
		}
		var after = attempts.afterFailure(current, now);
		store.failed(user.username(), after);
		audit.record(ClientFileAccess.security(user, "account:" + user.username(), AuditAction.SECOND_FACTOR_FAILED,
				"Verkeerde of al gebruikte code (poging " + after.failures() + ")"));
		if (after.lockedUntil() != null) {
			audit.record(ClientFileAccess.security(user, "account:" + user.username(), AuditAction.ACCOUNT_LOCKED,
					"Tweede stap vergrendeld na " + after.failures() + " verkeerde codes, tot "
							+ DutchFormat.dateTime(after.lockedUntil())));
			return new Verdict.Locked(after.lockedUntil());
		}
		return new Verdict.Wrong(settings.maxFailures() - after.failures());
	}

	/** The configured key, or else the one kept in the database (made once, in its own short transaction). */
	private SecretSealing sealing() {
		var current = sealing;
		if (current == null) {
			var configured = settings.key();
			current = configured != null && !configured.isBlank() ? SecretSealing.fromBase64(configured)
					: new SecretSealing(store.storedKey(SecretSealing.newKey()));
			sealing = current;
		}
		return current;
	}
}
