package nl.jeugdregie.identity;

import nl.jeugdregie.platform.text.Labelled;

/**
 * What a user does in the municipality's youth-care chain; decides which screens and client files
 * they may open.
 */
public enum Role implements Labelled {

	/** Jeugdprofessional: CJG worker who handles help requests. */
	YOUTH_PROFESSIONAL(true),
	/** Teamleider: leads a CJG team and distributes its requests. */
	TEAM_LEAD(true),
	/** Gedragsdeskundige: behavioural expert who takes key decisions on safety. */
	BEHAVIOURAL_EXPERT(true),
	/** Beleidsmedewerker: municipal policy officer; sees aggregates only, never a client file. */
	POLICY_OFFICER(false),
	/** Aanbieder: care provider; sees only the clients allocated to it. */
	PROVIDER(false),
	/** Applicatiebeheerder: configures norms and inspects the audit trail; no client files. */
	ADMINISTRATOR(false),
	/** Privacyfunctionaris: reviews reason-based reads and answers requests for access (AVG art. 15); no case work. */
	PRIVACY_OFFICER(false),
	/** Leerplichtambtenaar: compulsory-education officer; keeps the list of children out of school with the CJG. */
	COMPULSORY_EDUCATION_OFFICER(false),
	/** Redacteur: writes and publishes the CJG's public information and social map; no client data. */
	EDITOR(false),
	/**
	 * Regiobeheerder: in a regional installation, adds the region's municipalities and their first administrator; no
	 * client data and no municipality's teams or users (ADR 0042).
	 */
	REGIONAL_ADMINISTRATOR(false);

	private final boolean worksOnCases;

	Role(boolean worksOnCases) {
		this.worksOnCases = worksOnCases;
	}

	/** Whether this role belongs to a CJG case team and so may open client files of its team. */
	public boolean worksOnCases() {
		return worksOnCases;
	}

	/** Whether a municipality's administrator may give this role; the regional administrator is the installation's. */
	public boolean ofMunicipality() {
		return this != REGIONAL_ADMINISTRATOR;
	}

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
