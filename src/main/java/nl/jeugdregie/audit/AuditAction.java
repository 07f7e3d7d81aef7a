package nl.jeugdregie.audit;

/** What happened to a client file. */
public enum AuditAction {
	/** The file (or part of it) was shown. */
	READ("Ingezien"),
	/** The file was created. */
	CREATE("Aangemaakt"),
	/** The file was changed. */
	UPDATE("Gewijzigd"),
	/** Someone asked for the file and was refused. */
	REFUSED("Geweigerd");

	private final String dutchName;

	AuditAction(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
