package nl.jeugdregie.schools.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-4: the stand-in covers an absent OCP; without either the school contacts the CJG directly")
class CoverUnitTests {

	@Test
	void showsTheOcpTheStandInOrTheCjgDirectly() {
		assertThat(Cover.of("ocp", "vervanger", Set.of())).isEqualTo(new Cover.ByOcp("ocp"));
		assertThat(Cover.of("ocp", "vervanger", Set.of("ocp"))).isEqualTo(new Cover.ByStandIn("vervanger"));
		assertThat(Cover.of(null, "vervanger", Set.of())).isEqualTo(new Cover.ByStandIn("vervanger"));
		assertThat(Cover.of("ocp", "vervanger", Set.of("ocp", "vervanger"))).isEqualTo(new Cover.SchoolContactsCjgDirectly());
		assertThat(Cover.of("ocp", null, Set.of("ocp")).dutchText())
				.isEqualTo("School neemt rechtstreeks contact op met het CJG");
	}

	@Test
	@DisplayName("OND-4: an absence ending before it starts is refused")
	void refusesAnAbsenceEndingBeforeItStarts() {
		var rule = new AbsenceEndsAfterStart();
		var day = LocalDate.of(2026, 11, 16);
		assertThat(rule.check(new AbsenceDraft("ocp", day, day.minusDays(1))))
				.contains(Refusal.of("lastDay", "schools.absence.ends.before.start"));
		assertThat(rule.check(new AbsenceDraft("ocp", day, day))).isEmpty();
		assertThat(rule.check(new AbsenceDraft("ocp", null, day))).contains(Refusal.of("firstDay", "schools.absence.first.required"));
		assertThat(new Absence(java.util.UUID.randomUUID(), "ocp", day, day.plusDays(2)).covers(day.plusDays(2))).isTrue();
	}

	@Test
	@DisplayName("OND-4: an OCP is CJG staff of the same municipality")
	void acceptsOnlyCjgStaffOfTheMunicipalityAsOcp() {
		var oss = new MunicipalityCode("0828");
		var other = new MunicipalityCode("1721");
		var professional = new CurrentUser("p", "P", Role.YOUTH_PROFESSIONAL, oss, TeamId.random());
		var policy = new CurrentUser("b", "B", Role.POLICY_OFFICER, oss, null);
		var elsewhere = new CurrentUser("e", "E", Role.YOUTH_PROFESSIONAL, other, TeamId.random());
		var rule = new ContactPersonIsCjgStaff("ocp", oss, name -> switch (name) {
			case "p" -> Optional.of(professional);
			case "b" -> Optional.of(policy);
			case "e" -> Optional.of(elsewhere);
			default -> Optional.empty();
		});

		assertThat(rule.check("p")).isEmpty();
		assertThat(rule.check("b")).contains(Refusal.of("ocp", "schools.contact.not.cjg"));
		assertThat(rule.check("e")).contains(Refusal.of("ocp", "schools.contact.unknown"));
		assertThat(rule.check("x")).contains(Refusal.of("ocp", "schools.contact.unknown"));
	}
}
