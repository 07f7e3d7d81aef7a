package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/** Who brought the help request to the CJG (TOE-3): the young person, a parent, or a referrer or finder. */
public enum Referrer implements Labelled {
	YOUNG_PERSON,
	PARENT,
	SCHOOL,
	CHILDCARE,
	GENERAL_PRACTITIONER,
	YOUTH_DOCTOR,
	MEDICAL_SPECIALIST,
	CERTIFIED_INSTITUTION,
	VEILIG_THUIS,
	YOUTH_WORKER,
	POLICE,
	SOCIAL_TEAM,
	COMPULSORY_EDUCATION_OFFICER,
	OTHER;

	/** A referrer or finder, as opposed to the family itself. */
	public boolean isProfessional() {
		return this != YOUNG_PERSON && this != PARENT;
	}
}
