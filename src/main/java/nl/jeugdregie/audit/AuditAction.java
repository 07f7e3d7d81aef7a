package nl.jeugdregie.audit;

import nl.jeugdregie.platform.text.Labelled;

/** What happened to a client file, or, for the security events, to an account or API token (no client). */
public enum AuditAction implements Labelled {
	/** The file (or part of it) was shown. */
	READ,
	/** The file was created. */
	CREATE,
	/** The file was changed. */
	UPDATE,
	/** Someone asked for the file and was refused. */
	REFUSED,
	/** Someone logged in with the right password. */
	LOGIN_SUCCEEDED,
	/** Someone tried to log in to this account with a wrong password (tries refused unchecked are not recorded). */
	LOGIN_FAILED,
	/** Too many failed logins: the account is locked for a while. */
	ACCOUNT_LOCKED,
	/** The administrator lifted the lock of an account. */
	ACCOUNT_UNLOCKED,
	/** The administrator issued an API token for an account. */
	TOKEN_ISSUED,
	/** The administrator revoked an API token. */
	TOKEN_REVOKED,
	/** A team lead judged a read with a reason ("break the glass") on her team's file: justified or reported. */
	ACCESS_REVIEWED,
	/** The privacy officer made a client's overview of accesses (AVG article 15). */
	ACCESS_OVERVIEW_MADE,
	/** Someone set up their second login step (a code from an app, ADR 0040). */
	SECOND_FACTOR_ENROLLED,
	/** Someone typed a wrong or already used code at the second login step. */
	SECOND_FACTOR_FAILED,
	/** The administrator removed someone's second login step, so they set it up again. */
	SECOND_FACTOR_RESET;
}
