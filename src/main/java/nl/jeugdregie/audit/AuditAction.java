package nl.jeugdregie.audit;

/** What happened to a client file, or, for the security events, to an account or API token (no client). */
public enum AuditAction {
	/** The file (or part of it) was shown. */
	READ("Ingezien"),
	/** The file was created. */
	CREATE("Aangemaakt"),
	/** The file was changed. */
	UPDATE("Gewijzigd"),
	/** Someone asked for the file and was refused. */
	REFUSED("Geweigerd"),
	/** Someone logged in with the right password. */
	LOGIN_SUCCEEDED("Ingelogd"),
	/** Someone tried to log in to this account with a wrong password (tries refused unchecked are not recorded). */
	LOGIN_FAILED("Inloggen mislukt"),
	/** Too many failed logins: the account is locked for a while. */
	ACCOUNT_LOCKED("Account vergrendeld"),
	/** The administrator lifted the lock of an account. */
	ACCOUNT_UNLOCKED("Account ontgrendeld"),
	/** The administrator issued an API token for an account. */
	TOKEN_ISSUED("API-sleutel uitgegeven"),
	/** The administrator revoked an API token. */
	TOKEN_REVOKED("API-sleutel ingetrokken"),
	/** A team lead judged a read with a reason ("break the glass") on her team's file: justified or reported. */
	ACCESS_REVIEWED("Inzage beoordeeld"),
	/** The privacy officer made a client's overview of accesses (AVG article 15). */
	ACCESS_OVERVIEW_MADE("Inzageoverzicht gemaakt"),
	/** Someone set up their second login step (a code from an app, ADR 0040). */
	SECOND_FACTOR_ENROLLED("Tweede stap ingesteld"),
	/** Someone typed a wrong or already used code at the second login step. */
	SECOND_FACTOR_FAILED("Code tweede stap fout"),
	/** The administrator removed someone's second login step, so they set it up again. */
	SECOND_FACTOR_RESET("Tweede stap hersteld");

	private final String dutchName;

	AuditAction(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
