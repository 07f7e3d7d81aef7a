package nl.jeugdregie.intake;

/** Who brought the help request to the CJG (TOE-3): the young person, a parent, or a referrer or finder. */
public enum Referrer {
	YOUNG_PERSON("Jeugdige zelf"),
	PARENT("Ouder of verzorger"),
	SCHOOL("School (onderwijscontactpersoon)"),
	CHILDCARE("Kinderopvang"),
	GENERAL_PRACTITIONER("Huisarts of POH-GGZ"),
	YOUTH_DOCTOR("Jeugdarts of jeugdverpleegkundige"),
	MEDICAL_SPECIALIST("Medisch specialist"),
	CERTIFIED_INSTITUTION("Gecertificeerde instelling (GI)"),
	VEILIG_THUIS("Veilig Thuis"),
	YOUTH_WORKER("Jongerenwerker"),
	POLICE("Politie of straatcoach"),
	SOCIAL_TEAM("Sociaal team"),
	COMPULSORY_EDUCATION_OFFICER("Leerplichtambtenaar"),
	OTHER("Anders");

	private final String dutchName;

	Referrer(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	/** A referrer or finder, as opposed to the family itself. */
	public boolean isProfessional() {
		return this != YOUNG_PERSON && this != PARENT;
	}
}
