package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NormsIntegrationTests {

	static final MunicipalityCode OSS = new MunicipalityCode("0828");
	/** "Today" in the tests (application-test.yml). */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Autowired Norms norms;
	@Autowired NormSettings settings;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("TOE-5, TOE-7, TOE-8: Oss's norms from memo 001 are in effect")
	void givesOssTheNormsOfMemo001() {
		assertThat(norms.inEffect(OSS, NormKey.TREATMENT_START_TERM, TODAY))
				.isEqualTo(new NormValue(NormKey.TREATMENT_START_TERM, 2, LocalDate.of(2020, 1, 1)));
		assertThat(norms.inEffect(OSS, NormKey.TREATMENT_START_TERM, TODAY).asPeriod().getDays()).isEqualTo(14);
		assertThat(norms.inEffect(OSS, NormKey.MAX_CONVERSATIONS, TODAY).amount()).isEqualTo(5);
		assertThat(norms.inEffect(OSS, NormKey.APPLICATION_TERM_AFTER_LAST_CONVERSATION, TODAY).amount()).isEqualTo(2);
		assertThat(norms.inEffect(OSS, NormKey.ROUTE_TO_CARE_LEAD_TIME, TODAY).amount()).isEqualTo(8);
	}

	@Test
	@DisplayName("BEY-2: a municipality without values of its own gets the product defaults")
	void givesAMunicipalityWithoutOwnValuesTheProductDefaults() {
		var world = fixtures.newWorld();

		for (var key : NormKey.values()) {
			assertThat(norms.inEffect(world.municipality(), key, TODAY).amount())
					.isEqualTo(norms.inEffect(OSS, key, TODAY).amount());
		}
	}

	@Test
	@DisplayName("BEY-2: a changed norm applies to requests registered from its effective date, not before")
	void appliesChangedNormToRequestsRegisteredFromItsEffectiveDate() {
		var world = fixtures.newWorld();
		var effectiveFrom = LocalDate.of(2027, 1, 1);

		var result = settings.schedule(administratorOf(world.municipality()), NormKey.TREATMENT_START_TERM, 3,
				effectiveFrom, "Raadsbesluit december 2026");

		assertThat(result).isEqualTo(scheduled(
				new NormValue(NormKey.TREATMENT_START_TERM, 3, effectiveFrom), false));
		assertThat(norms.inEffect(world.municipality(), NormKey.TREATMENT_START_TERM, effectiveFrom.minusDays(1)).amount())
				.isEqualTo(2);
		assertThat(norms.inEffect(world.municipality(), NormKey.TREATMENT_START_TERM, effectiveFrom).amount()).isEqualTo(3);
		assertThat(norms.inEffect(world.municipality(), NormKey.TREATMENT_START_TERM, effectiveFrom.plusYears(5)).amount())
				.isEqualTo(3);
		assertThat(norms.inEffect(world.municipality(), NormKey.MAX_CONVERSATIONS, effectiveFrom).amount()).isEqualTo(5);
	}

	@Test
	@DisplayName("BEY-2: a norm changed from today applies to requests registered today")
	void appliesANormChangedFromTodayToday() {
		var world = fixtures.newWorld();

		settings.schedule(administratorOf(world.municipality()), NormKey.MAX_CONVERSATIONS, 4, TODAY, null);

		assertThat(norms.inEffect(world.municipality(), NormKey.MAX_CONVERSATIONS, TODAY).amount()).isEqualTo(4);
		assertThat(norms.inEffect(world.municipality(), NormKey.MAX_CONVERSATIONS, TODAY.minusDays(1)).amount()).isEqualTo(5);
	}

	@Test
	void leavesOtherMunicipalitiesOnTheirOwnValues() {
		var world = fixtures.newWorld();
		var neighbour = fixtures.newWorld();

		settings.schedule(administratorOf(world.municipality()), NormKey.ROUTE_TO_CARE_LEAD_TIME, 6, TODAY, null);

		assertThat(norms.inEffect(neighbour.municipality(), NormKey.ROUTE_TO_CARE_LEAD_TIME, TODAY).amount()).isEqualTo(8);
		assertThat(norms.inEffect(OSS, NormKey.ROUTE_TO_CARE_LEAD_TIME, TODAY).amount()).isEqualTo(8);
	}

	@Test
	void replacesAValueScheduledForALaterDate() {
		var world = fixtures.newWorld();
		var admin = administratorOf(world.municipality());
		var effectiveFrom = TODAY.plusMonths(2);
		settings.schedule(admin, NormKey.TREATMENT_START_TERM, 3, effectiveFrom, "Eerste plan");

		var result = settings.schedule(admin, NormKey.TREATMENT_START_TERM, 4, effectiveFrom, "Bijgesteld plan");

		assertThat(result).isEqualTo(scheduled(
				new NormValue(NormKey.TREATMENT_START_TERM, 4, effectiveFrom), true));
		assertThat(norms.inEffect(world.municipality(), NormKey.TREATMENT_START_TERM, effectiveFrom).amount()).isEqualTo(4);
		assertThat(rowsOf(world.municipality())).isEqualTo(1);
	}

	@Test
	@DisplayName("BEY-2: a value in effect is not rewritten")
	void refusesToReplaceAValueInEffectFromToday() {
		var world = fixtures.newWorld();
		var admin = administratorOf(world.municipality());
		settings.schedule(admin, NormKey.TREATMENT_START_TERM, 3, TODAY, null);

		var result = settings.schedule(admin, NormKey.TREATMENT_START_TERM, 4, TODAY, null);

		assertThat(NormChangeRefusal.in(result)).contains(NormChangeRefusal.VALUE_ALREADY_IN_EFFECT);
		assertThat(norms.inEffect(world.municipality(), NormKey.TREATMENT_START_TERM, TODAY).amount()).isEqualTo(3);
	}

	@Test
	void savesNothingWhenAChangeIsRefused() {
		var world = fixtures.newWorld();
		var admin = administratorOf(world.municipality());
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		assertThat(NormChangeRefusal.in(settings.schedule(admin, NormKey.TREATMENT_START_TERM, 0, TODAY, null)))
				.contains(NormChangeRefusal.AMOUNT_OUT_OF_RANGE);
		assertThat(NormChangeRefusal.in(settings.schedule(admin, NormKey.TREATMENT_START_TERM, 53, TODAY, null)))
				.contains(NormChangeRefusal.AMOUNT_OUT_OF_RANGE);
		assertThat(NormChangeRefusal.in(settings.schedule(admin, NormKey.TREATMENT_START_TERM, 3, TODAY.minusDays(1), null)))
				.contains(NormChangeRefusal.EFFECTIVE_DATE_IN_PAST);
		assertThat(NormChangeRefusal.in(settings.schedule(policyOfficer, NormKey.TREATMENT_START_TERM, 3, TODAY, null)))
				.contains(NormChangeRefusal.NOT_ADMINISTRATOR);
		assertThat(rowsOf(world.municipality())).isZero();
	}

	@Test
	void recordsWhoChangedTheNormWhenAndWhy() {
		var world = fixtures.newWorld();
		var admin = administratorOf(world.municipality());

		settings.schedule(admin, NormKey.MAX_CONVERSATIONS, 6, TODAY.plusDays(1), "  Raadsbesluit 12-11-2026 ");

		var row = jdbc.sql("select changed_by, changed_at, note from norm_setting where municipality_code = ?")
				.param(world.municipality().value())
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3) })
				.single();
		assertThat(row[0]).isEqualTo(admin.username());
		assertThat(((OffsetDateTime) row[1]).toInstant()).isEqualTo("2026-11-16T09:00:00Z");
		assertThat(row[2]).isEqualTo("Raadsbesluit 12-11-2026");
	}

	@Test
	void failsClearlyWhenNoValueIsConfiguredForTheDate() {
		var world = fixtures.newWorld();

		assertThatIllegalStateException()
				.isThrownBy(() -> norms.inEffect(world.municipality(), NormKey.TREATMENT_START_TERM, LocalDate.of(2019, 12, 31)))
				.withMessageContaining("TREATMENT_START_TERM")
				.withMessageContaining(world.municipality().value())
				.withMessageContaining("2019-12-31");
	}

	private CurrentUser administratorOf(MunicipalityCode municipality) {
		return fixtures.user(Role.ADMINISTRATOR, municipality, null);
	}

	private long rowsOf(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from norm_setting where municipality_code = ?").param(municipality.value())
				.query(Long.class).single();
	}

	private static Outcome<ScheduledNormValue> scheduled(NormValue value, boolean replacedEarlierSchedule) {
		return Outcome.done(new ScheduledNormValue(value, replacedEarlierSchedule));
	}
}
