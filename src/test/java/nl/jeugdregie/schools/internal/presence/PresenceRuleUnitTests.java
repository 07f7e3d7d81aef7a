package nl.jeugdregie.schools.internal.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.location.Brin;
import nl.jeugdregie.schools.internal.location.Connection;
import nl.jeugdregie.schools.internal.location.Postcode;
import nl.jeugdregie.schools.internal.location.SchoolLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-2: presence norms: weekly for VO, VSO, SO and SBO, monthly for primary and childcare, the extra half-day weekly on site")
class PresenceRuleUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final LocalDate LONG_AGO = LocalDate.of(2020, 9, 24);
	private static final Map<NormSubject, PresenceNorm> NORMS = Map.of(
			NormSubject.SECONDARY, new PresenceNorm(NormSubject.SECONDARY, LONG_AGO, NormPeriod.WEEK, 1, null),
			NormSubject.SPECIAL_PRIMARY, new PresenceNorm(NormSubject.SPECIAL_PRIMARY, LONG_AGO, NormPeriod.WEEK, 1, null),
			NormSubject.PRIMARY, new PresenceNorm(NormSubject.PRIMARY, LONG_AGO, NormPeriod.MONTH, 1, null),
			NormSubject.EXTRA_ON_SITE, new PresenceNorm(NormSubject.EXTRA_ON_SITE, LONG_AGO, NormPeriod.WEEK, 1, null));

	private static SchoolLocation location(SchoolType type, Connection connection) {
		return new SchoolLocation(SchoolLocationId.random(), new MunicipalityCode("0828"), new Brin("12AB", "00"), "School",
				"Straat", "1", new Postcode("5341AB"), "Oss", type, 100, connection, "ocp", null, 0);
	}

	private static PresenceRule.Contact contact(int daysAgo, ContactKind kind) {
		return new PresenceRule.Contact(TODAY.minusDays(daysAgo), kind);
	}

	@Test
	void asksSecondaryAndSpecialPrimarySchoolsForAContactEveryWeek() {
		for (var type : List.of(SchoolType.SECONDARY, SchoolType.SPECIAL_PRIMARY)) {
			var school = location(type, new Connection.Basis(LONG_AGO));
			assertThat(PresenceRule.shortfalls(school, NORMS, List.of(contact(6, ContactKind.PHONE)), TODAY)).isEmpty();
			assertThat(PresenceRule.shortfalls(school, NORMS, List.of(contact(7, ContactKind.PHONE)), TODAY))
					.singleElement().asString().contains("norm minimaal 1 keer per week");
		}
	}

	@Test
	void asksPrimarySchoolsForAContactEveryMonth() {
		var school = location(SchoolType.PRIMARY, new Connection.Basis(LONG_AGO));
		assertThat(PresenceRule.shortfalls(school, NORMS, List.of(contact(20, ContactKind.PHONE)), TODAY)).isEmpty();
		assertThat(PresenceRule.shortfalls(school, NORMS, List.of(contact(31, ContactKind.PHONE)), TODAY))
				.singleElement().asString().contains("per maand");
		assertThat(PresenceRule.shortfalls(school, NORMS, List.of(), TODAY)).hasSize(1);
	}

	@Test
	void asksARealisedExtraConnectionForAWeeklyVisitOnSite() {
		var extra = location(SchoolType.PRIMARY, new Connection.Extra(LONG_AGO, "Veel hulpvragen", true));
		assertThat(PresenceRule.shortfalls(extra, NORMS, List.of(contact(2, ContactKind.ON_SITE)), TODAY)).isEmpty();
		assertThat(PresenceRule.shortfalls(extra, NORMS, List.of(contact(2, ContactKind.PHONE)), TODAY))
				.singleElement().asString().startsWith("Aanwezigheid op locatie");
		var planned = location(SchoolType.PRIMARY, new Connection.Extra(LONG_AGO, "Veel hulpvragen", false));
		assertThat(PresenceRule.shortfalls(planned, NORMS, List.of(contact(2, ContactKind.PHONE)), TODAY)).isEmpty();
	}

	@Test
	void doesNotJudgeAConnectionThatStartedWithinThePeriod() {
		var school = location(SchoolType.SECONDARY, new Connection.Basis(TODAY.minusDays(3)));
		assertThat(PresenceRule.shortfalls(school, NORMS, List.of(), TODAY)).isEmpty();
	}

	@Test
	@DisplayName("OND-2: a visit in the future and a visit without kind are refused")
	void refusesAVisitInTheFuture() {
		assertThat(new VisitNotInFuture(TODAY).check(new VisitDraft(ContactKind.ON_SITE, TODAY.plusDays(1))))
				.contains(Refusal.of("date", "schools.visit.date.future"));
		assertThat(new VisitNotInFuture(TODAY).check(new VisitDraft(ContactKind.ON_SITE, TODAY))).isEmpty();
		assertThat(new VisitKindChosen().check(new VisitDraft(null, TODAY)))
				.contains(Refusal.of("kind", "schools.visit.kind.required"));
	}
}
