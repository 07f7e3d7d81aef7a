package nl.jeugdregie.signin.internal.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.signin.internal.tokens.JdbcApiTokens.StoredToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issuing, listing and revoking API tokens by the administrator, for accounts of his own municipality. Issue and
 * revoke are recorded in the audit trail; each use only counts on the token's row ({@link JdbcApiTokens#recordUse}).
 */
@Service
class ApiTokens {

	/** What issuing gave. */
	sealed interface IssueResult {

		/** The token, to be shown once: only its hash is kept. */
		record Issued(ApiTokenSecret token, String account, Instant expiresAt) implements IssueResult {}

		/** No enabled account of that name in the administrator's municipality. */
		record UnknownAccount() implements IssueResult {}

		/** The validity asked for is not between one day and the maximum. */
		record InvalidValidity(long maxDays) implements IssueResult {}
	}

	private final JdbcApiTokens tokens;
	private final VerifiedTokens verified;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final ApiTokenValidityPolicy validity;
	private final Clock clock;

	ApiTokens(JdbcApiTokens tokens, VerifiedTokens verified, UserAccounts accounts, AuditTrail audit,
			ApiTokenSettings settings, Clock clock) {
		this.tokens = tokens;
		this.verified = verified;
		this.accounts = accounts;
		this.audit = audit;
		this.validity = new ApiTokenValidityPolicy(settings.maxValidity());
		this.clock = clock;
	}

	long maxDays() {
		return validity.maxDays();
	}

	/** Issues a token for a wish without {@link NewApiToken#problems()}; recorded in the audit trail. */
	@Transactional
	IssueResult issue(CurrentUser administrator, NewApiToken wish) {
		if (!wish.problems().isEmpty()) {
			throw new IllegalArgumentException("Check the wish for problems before issuing");
		}
		var username = wish.account();
		var account = accounts.find(username).filter(a -> a.municipality().equals(administrator.municipality()));
		if (account.isEmpty()) {
			return new IssueResult.UnknownAccount();
		}
		var now = clock.instant();
		var expiresAt = validity.expiry(now, wish.validDays());
		if (expiresAt.isEmpty()) {
			return new IssueResult.InvalidValidity(validity.maxDays());
		}
		var token = ApiTokenSecret.generate();
		tokens.insert(token, username, wish.purpose(), administrator.username(), now, expiresAt.get());
		audit.record(ClientFileAccess.security(administrator, subject(token.id()), AuditAction.TOKEN_ISSUED,
				"API-sleutel uitgegeven voor account " + username + ", geldig tot "
						+ DutchFormat.dateTime(expiresAt.get())));
		return new IssueResult.Issued(token, username, expiresAt.get());
	}

	/** The municipality's token with this id, if any (never its secret). */
	@Transactional(readOnly = true)
	Optional<StoredToken> find(CurrentUser administrator, String id) {
		return ApiTokenSecret.isId(id) ? tokens.find(id, administrator.municipality()) : Optional.empty();
	}

	@Transactional(readOnly = true)
	List<StoredToken> of(CurrentUser administrator) {
		return tokens.ofMunicipality(administrator.municipality());
	}

	/** False when no unrevoked token with this id belongs to the administrator's municipality. */
	@Transactional
	boolean revoke(CurrentUser administrator, String id) {
		if (!ApiTokenSecret.isId(id)) {
			return false;
		}
		Optional<String> account = tokens.revoke(id, administrator.municipality(), clock.instant());
		// Forgotten now and again after the commit, so a call in between cannot keep the token verified (ADR 0053).
		verified.forget(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					verified.forget(id);
				}
			});
		}
		account.ifPresent(username -> audit.record(ClientFileAccess.security(administrator, subject(id),
				AuditAction.TOKEN_REVOKED, Labels.text("text.signin.token.revoked", username))));
		return account.isPresent();
	}

	private static String subject(String id) {
		return "api-token:" + id;
	}
}
