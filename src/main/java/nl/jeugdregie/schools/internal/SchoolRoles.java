package nl.jeugdregie.schools.internal;

import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.COMPULSORY_EDUCATION_OFFICER;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;

import java.util.EnumSet;
import java.util.Set;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;

/**
 * Who does what with schools (ADR 0028). The URL rules in identity's security configuration let these roles reach
 * the screens; the services decide per action with these sets and answer {@code Forbidden} otherwise.
 */
public enum SchoolRoles {

	/** Reads locations, their connection and cover. */
	READ(EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER, COMPULSORY_EDUCATION_OFFICER)),
	/** Keeps the locations and their connection: the municipality's agreement, kept by policy officer or team lead. */
	KEEP_LOCATIONS(EnumSet.of(POLICY_OFFICER, TEAM_LEAD)),
	/** Assigns OCPs and stand-ins and records their absences: the CJG's team lead. */
	KEEP_COVER(EnumSet.of(TEAM_LEAD)),
	/** Records visits, contacts and ZAT meetings: CJG staff acting as OCP. */
	RECORD_CONTACT(EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT)),
	/** Keeps the presence norms: part of the municipality's agreement with the schools (ADR 0041). */
	KEEP_NORMS(EnumSet.of(POLICY_OFFICER)),
	/** Keeps the family contact persons. */
	KEEP_FAMILY_CONTACTS(EnumSet.of(TEAM_LEAD, POLICY_OFFICER)),
	/** Keeps the list of children out of school: the compulsory-education officer and the CJG. */
	KEEP_OUT_OF_SCHOOL(EnumSet.of(COMPULSORY_EDUCATION_OFFICER, YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT));

	/** The message code of the refusal when a role may not do it. */
	public static final String FORBIDDEN = "schools.forbidden";

	private final Set<Role> roles;

	SchoolRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean allows(CurrentUser user) {
		return roles.contains(user.role());
	}
}
