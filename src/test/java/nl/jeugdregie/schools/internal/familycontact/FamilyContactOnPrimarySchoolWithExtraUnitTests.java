package nl.jeugdregie.schools.internal.familycontact;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolLocationSummary;
import nl.jeugdregie.schools.SchoolType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-6: a family contact person works on primary schools with above-average problems")
class FamilyContactOnPrimarySchoolWithExtraUnitTests {

	private static SchoolLocationSummary school(SchoolType type, ConnectionType connection) {
		return new SchoolLocationSummary(SchoolLocationId.random(), new MunicipalityCode("0828"), "School", "12AB00", type,
				connection);
	}

	@Test
	void acceptsOnlyPrimarySchoolsWithAnExtraConnection() {
		var rule = new FamilyContactOnPrimarySchoolWithExtra();
		assertThat(rule.check(school(SchoolType.PRIMARY, ConnectionType.EXTRA))).isEmpty();
		assertThat(rule.check(school(SchoolType.SPECIAL_PRIMARY, ConnectionType.EXTRA))).isEmpty();
		assertThat(rule.check(school(SchoolType.PRIMARY, ConnectionType.BASIS)).orElseThrow().code())
				.isEqualTo("schools.family.contact.not.extra");
		assertThat(rule.check(school(SchoolType.SECONDARY, ConnectionType.EXTRA)).orElseThrow().code())
				.isEqualTo("schools.family.contact.not.primary");
	}
}
