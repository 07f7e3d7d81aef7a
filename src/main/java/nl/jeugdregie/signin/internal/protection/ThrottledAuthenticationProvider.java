package nl.jeugdregie.signin.internal.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.signin.TooManyLoginAttemptsException;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.signin.internal.protection.JdbcLoginFailures.Kind;
import nl.jeugdregie.signin.internal.secondfactor.SecondStepAccounts;
import nl.jeugdregie.signin.internal.sso.LocalLogin;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password for both the login form and HTTP Basic (it is the application's only
 * authentication provider). Each try first takes one from its source address's budget ({@link VerificationBudget},
 * else {@link TooManyLoginAttemptsException}); then the account and the address must not be delayed or locked
 * ({@link LoginThrottlePolicy}) for the password to be checked. Every other refusal looks the same: no answer tells
 * whether an account exists or is locked. An unknown name does the same work as a known one: the same reads, a
 * bcrypt comparison (against a dummy hash of the same cost) and the same failure counting; only the audit row is
 * missing, as an unknown name has no municipality and may be a mistyped password.
 * <p>
 * Successful logins, failures on existing accounts and locks are recorded in the audit trail (never the
 * password), in the transaction that changes the failure counts: fail-closed, a login whose audit row cannot be
 * written is refused. The database is used in short reads before and one short transaction after the bcrypt
 * check, never during it and never with two connections at once. The address is the request's remote address as
 * the server's forwarded-header setting resolves it; no header is read here.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/**
	 * What the reads before a password check found; {@code secondStep}: a Basic login of an account that logs in with
	 * a second step, refused whatever the password (ADR 0040).
	 */
	private record Attempt(boolean allowed, @Nullable UserDetails user, @Nullable CurrentUser actor, boolean secondStep) {}

	/** The audit text of a refused Basic login of an account with a second step: the same for a right or wrong password. */
	static final String BASIC_WITH_SECOND_STEP = "Inloggen met wachtwoord op de API geweigerd: dit account logt in met "
			+ "een tweede stap en gebruikt op de API een API-sleutel of de inlogdienst";

	private final UserDetailsService users;
	private final UserAccounts accounts;
	private final PasswordEncoder passwords;
	private final JdbcLoginFailures failures;
	private final AuditTrail audit;
	private final LoginThrottlePolicy accountPolicy;
	private final LoginThrottlePolicy addressPolicy;
	private final VerificationBudget budget;
	private final RecentVerifications recent;
	private final Clock clock;
	private final TransactionTemplate writing;
	private final String dummyHash;
	private final LocalLogin localLogin;
	private final SecondStepAccounts secondStep;

	ThrottledAuthenticationProvider(UserDetailsService users, UserAccounts accounts, PasswordEncoder passwords,
			JdbcLoginFailures failures, AuditTrail audit, LoginProtectionSettings settings, VerificationBudget budget,
			RecentVerifications recent, Clock clock, PlatformTransactionManager transactions, LocalLogin localLogin,
			SecondStepAccounts secondStep) {
		this.localLogin = localLogin;
		this.secondStep = secondStep;
		this.users = users;
		this.accounts = accounts;
		this.passwords = passwords;
		this.failures = failures;
		this.audit = audit;
		this.accountPolicy = settings.accountPolicy();
		this.addressPolicy = settings.addressPolicy();
		this.budget = budget;
		this.recent = recent;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		// Same algorithm and cost as real hashes, so an unknown name takes as long as a known one.
		this.dummyHash = passwords.encode(UUID.randomUUID().toString());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var username = authentication.getName();
		var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		var address = address(authentication);
		// First, before any database work: a flood from one address is answered from memory.
		if (!budget.tryTake(address)) {
			throw new TooManyLoginAttemptsException(budget.waitFor(address));
		}
		var basic = authentication.getDetails() instanceof BasicLoginDetails;
		var attempt = attempt(username, address, clock.instant(), basic);
		if (!attempt.allowed()) {
			throw refused();
		}
		var user = attempt.user();
		var matches = passwords.matches(password, user == null ? dummyHash : user.getPassword());
		if (attempt.secondStep()) {
			// HTTP Basic would skip the code (ADR 0040): refused and counted like a wrong password, whether the password
			// was right or not, so neither the answer, the time nor the lockout tells which.
			recordFailure(username, attempt.actor(), address, BASIC_WITH_SECOND_STEP);
			throw refused();
		}
		if (user != null && user.isEnabled() && attempt.actor() != null && matches) {
			if (!localLogin.allowedIn(attempt.actor().municipality())) {
				// The right password, but this municipality logs in through its provider only (ADR 0035).
				throw refused();
			}
			recordSuccess(attempt.actor());
			recent.remember(username, password, user.getPassword());
			return authenticated(user, authentication);
		}
		recordFailure(username, attempt.actor(), address, "Inloggen mislukt: verkeerd wachtwoord");
		throw refused();
	}

	/**
	 * A Basic login whose password was verified a short while ago ({@link RecentVerifications}), without bcrypt
	 * and without a new audit row; null when it must go the full way (not remembered, or delayed or locked: a lock
	 * holds for remembered passwords too).
	 */
	@Nullable Authentication remembered(String username, String password, String address) {
		// In memory first: a name without a remembered password goes on to the full check without a query.
		if (!recent.mayKnow(username) || !storable(username) || !allowed(username, address, clock.instant())) {
			return null;
		}
		var user = load(username);
		if (user == null || !user.isEnabled() || !recent.verified(username, password, user.getPassword())) {
			return null;
		}
		var actor = accounts.find(username).orElse(null);
		if (actor == null || !localLogin.allowedIn(actor.municipality())
				|| secondStep.needsSecondStep(username, actor.role())) {
			// No remembered shortcut for an account with a second step (ADR 0040): the full check refuses it.
			return null;
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/**
	 * The reads before a password check, each on its own (a connection is taken and given back per read; an
	 * unknown name must not fail a shared transaction). Both the account and its principal are looked up for every
	 * name that may try, so a known and an unknown name cost the same reads; a delayed or locked one costs none. A
	 * Basic login also reads whether the name logs in with a second step, again for known and unknown names alike.
	 */
	private Attempt attempt(String username, String address, Instant now, boolean basic) {
		var allowed = allowed(username, address, now);
		if (!allowed || !storable(username)) {
			return new Attempt(allowed, null, null, false);
		}
		var user = load(username);
		var actor = accounts.find(username).orElse(null);
		var needsSecondStep = basic && secondStep.needsSecondStep(username, actor == null ? null : actor.role());
		return new Attempt(allowed, user, actor, needsSecondStep && actor != null);
	}

	/** A name PostgreSQL can compare: no account has a NUL in its name, and a query with one would fail. */
	private static boolean storable(String username) {
		return username.indexOf('\0') < 0;
	}

	private boolean allowed(String username, String address, Instant now) {
		return accountPolicy.verdict(failures.find(Kind.ACCOUNT, username), now) instanceof ThrottleVerdict.Allowed
				&& addressPolicy.verdict(failures.find(Kind.ADDRESS, address), now) instanceof ThrottleVerdict.Allowed;
	}

	private void recordSuccess(CurrentUser actor) {
		inWriteTransaction(() -> {
			failures.clear(Kind.ACCOUNT, actor.username());
			audit.record(ClientFileAccess.security(actor, subject(actor.username()), AuditAction.LOGIN_SUCCEEDED,
					"Ingelogd met wachtwoord"));
		});
	}

	private void recordFailure(String username, @Nullable CurrentUser actor, String address, String what) {
		var now = clock.instant();
		inWriteTransaction(() -> {
			var account = failures.recordFailure(Kind.ACCOUNT, username, actor == null ? null : username, accountPolicy, now);
			failures.recordFailure(Kind.ADDRESS, address, null, addressPolicy, now);
			if (actor == null) {
				return;
			}
			audit.record(ClientFileAccess.security(actor, subject(username), AuditAction.LOGIN_FAILED,
					what + " (poging " + account.after().failures() + ")"));
			if (accountPolicy.locks(account.before(), account.after(), now)) {
				audit.record(ClientFileAccess.security(actor, subject(username), AuditAction.ACCOUNT_LOCKED,
						"Account vergrendeld na " + account.after().failures() + " mislukte pogingen, tot "
								+ DutchFormat.dateTime(account.after().lockedUntil())));
			}
		});
		recent.forget(username);
	}

	/** Fail-closed: when the counts or the audit row cannot be written, the login is refused, not let through. */
	private void inWriteTransaction(Runnable work) {
		try {
			writing.executeWithoutResult(status -> work.run());
		} catch (RuntimeException e) {
			throw new InternalAuthenticationServiceException("The login could not be recorded", e);
		}
	}

	private @Nullable UserDetails load(String username) {
		try {
			return users.loadUserByUsername(username);
		} catch (UsernameNotFoundException e) {
			return null;
		}
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "onbekend";
	}

	private static Authentication authenticated(UserDetails user, Authentication request) {
		var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		result.setDetails(request.getDetails());
		return result;
	}

	static String subject(String username) {
		return "account:" + username;
	}

	/** One message for a wrong password, an unknown name and a delayed or locked account alike. */
	private static BadCredentialsException refused() {
		return new BadCredentialsException("Bad credentials");
	}
}
