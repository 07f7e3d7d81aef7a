package nl.jeugdregie.signin.internal.protection;

import java.time.Clock;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.signin.internal.protection.JdbcLoginFailures.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
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
 * authentication provider). Before the password is checked, the account and the source address must not be
 * delayed or locked ({@link LoginThrottlePolicy}); each bcrypt verification takes one from the address's
 * {@link VerificationBudget}. Every refusal looks the same: no answer tells whether an account exists or is
 * locked, and an unknown name costs a bcrypt comparison against a dummy hash, as a known one does.
 * <p>
 * Logins checked with bcrypt, failures on existing accounts and locks are recorded in the audit trail, never the
 * password; a mistyped unknown name is not recorded there (it may be a password, and it has no municipality).
 * A login answered from {@link RecentVerifications} is not recorded again: the Basic client logged in minutes ago.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

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
	private final TransactionTemplate transaction;
	private final String dummyHash;

	ThrottledAuthenticationProvider(UserDetailsService users, UserAccounts accounts, PasswordEncoder passwords,
			JdbcLoginFailures failures, AuditTrail audit, LoginProtectionSettings settings, VerificationBudget budget,
			RecentVerifications recent, Clock clock, PlatformTransactionManager transactions) {
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
		this.transaction = new TransactionTemplate(transactions);
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
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "onbekend";
		var now = clock.instant();
		if (!allowed(accountPolicy.verdict(failures.find(Kind.ACCOUNT, username), now))
				|| !allowed(addressPolicy.verdict(failures.find(Kind.ADDRESS, address), now))) {
			throw refused();
		}
		var user = load(username);
		if (user != null && user.isEnabled() && recent.verified(username, password, user.getPassword())) {
			return authenticated(user, authentication);
		}
		if (!budget.tryTake(address)) {
			throw new VerificationBudgetSpentException(budget.waitFor(address));
		}
		var matches = passwords.matches(password, user == null ? dummyHash : user.getPassword());
		if (user != null && user.isEnabled() && matches) {
			var actor = accounts.find(username).orElseThrow();
			transaction.executeWithoutResult(status -> {
				failures.clear(Kind.ACCOUNT, username);
				audit.record(ClientFileAccess.security(actor, subject(username), AuditAction.LOGIN_SUCCEEDED,
						"Ingelogd met wachtwoord"));
			});
			recent.remember(username, password, user.getPassword());
			return authenticated(user, authentication);
		}
		recordFailure(username, user == null ? null : accounts.find(username).orElse(null), address);
		throw refused();
	}

	private void recordFailure(String username, @Nullable CurrentUser actor, String address) {
		var now = clock.instant();
		transaction.executeWithoutResult(status -> {
			var state = failures.recordFailure(Kind.ACCOUNT, username, actor == null ? null : username, accountPolicy, now);
			failures.recordFailure(Kind.ADDRESS, address, null, addressPolicy, now);
			if (actor == null) {
				return;
			}
			audit.record(ClientFileAccess.security(actor, subject(username), AuditAction.LOGIN_FAILED,
					"Inloggen mislukt: verkeerd wachtwoord (poging " + state.failures() + ")"));
			// A failure is only counted while the account is not locked, so a lock here is a new one.
			if (state.lockedUntil() != null) {
				audit.record(ClientFileAccess.security(actor, subject(username), AuditAction.ACCOUNT_LOCKED,
						"Account geblokkeerd na " + state.failures() + " mislukte pogingen, tot " + state.lockedUntil()));
			}
		});
		recent.forget(username);
	}

	private static boolean allowed(ThrottleVerdict verdict) {
		return switch (verdict) {
			case ThrottleVerdict.Allowed allowed -> true;
			case ThrottleVerdict.Delayed delayed -> false;
			case ThrottleVerdict.Locked locked -> false;
		};
	}

	private @Nullable UserDetails load(String username) {
		try {
			return users.loadUserByUsername(username);
		} catch (UsernameNotFoundException e) {
			return null;
		}
	}

	private static Authentication authenticated(UserDetails user, Authentication request) {
		var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		result.setDetails(request.getDetails());
		return result;
	}

	static String subject(String username) {
		return "account:" + username;
	}

	/** One message for a wrong password, an unknown name and a blocked account alike. */
	private static BadCredentialsException refused() {
		return new BadCredentialsException("Bad credentials");
	}
}
