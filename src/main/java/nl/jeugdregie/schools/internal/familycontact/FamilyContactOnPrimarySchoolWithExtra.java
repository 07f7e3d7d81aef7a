package nl.jeugdregie.schools.internal.familycontact;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolLocationSummary;

/**
 * OND-6: a family contact person works on a primary school with above-average problems. The product's mark of
 * above-average problems is the "extra" connection, whose reason is exactly that (OND-1; ADR 0028).
 */
final class FamilyContactOnPrimarySchoolWithExtra implements Policy<SchoolLocationSummary> {

	@Override
	public Optional<Refusal> check(SchoolLocationSummary school) {
		if (!school.type().isPrimary()) {
			return Optional.of(Refusal.of("schools", "schools.family.contact.not.primary", school.label()));
		}
		return school.connection() == ConnectionType.EXTRA ? Optional.empty()
				: Optional.of(Refusal.of("schools", "schools.family.contact.not.extra", school.label()));
	}
}
