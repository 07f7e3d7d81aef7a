package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.monitoring.Published;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo data for gemeente Oss: teams, a user per role, and months of help requests of which some wait
 * longer than the norm; generated once, by code, from a seed. Uses Oss, which no other test touches.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired Teams teams;
	@Autowired UserAccounts accounts;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired nl.jeugdregie.intake.TriageChecklist checklists;
	@Autowired nl.jeugdregie.schools.SchoolLocations schoolLocations;
	@Autowired Clock clock;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	@Test
	void generatesOssTeamsUsersAndRequestsOnceWithSomeExceedingTheNorm() throws Exception { // TOE-9
		var demo = new DemoData(teams, accounts, registration, lifecycle, checklists, schoolLocations, clock, 20261122L, 150);
		demo.start();

		assertThat(teams.ofMunicipality(DemoData.OSS)).extracting(t -> t.name())
				.containsExactly("CJG Oss Centrum", "CJG Oss Noord", "CJG Oss Zuid");
		for (var username : new String[] { "professional", "teamleider", "gedragsdeskundige", "beleid", "aanbieder",
				"beheerder", "privacy", "professional.bernheze" }) {
			assertThat(accounts.exists(username)).as(username).isTrue();
		}
		var today = LocalDate.now(clock);
		assertThat(count("select count(*) from help_request where municipality_code = '0828'")).isEqualTo(150);
		assertThat(count("select count(*) from help_request where municipality_code = '0828' and registered_on < ?",
				today.minusMonths(3))).isPositive();
		assertThat(count("""
				select count(*) from help_request where municipality_code = '0828'
				and coalesce(treatment_started_on, ?) > treatment_deadline""", today)).isPositive();
		assertThat(count("""
				select count(*) from help_request where municipality_code = '0828'
				and coalesce(treatment_started_on, ?) <= treatment_deadline""", today)).isPositive();

		assertThat(count("select count(distinct state) from help_request where municipality_code = '0828'"))
				.as("requests in every lifecycle state").isEqualTo(6);

		demo.start();
		assertThat(count("select count(*) from help_request where municipality_code = '0828'")).isEqualTo(150);
		assertThat(DemoData.PASSWORD).hasSizeGreaterThanOrEqualTo(12);
	}

	/**
	 * TOE-9, MON-1: the monthly report of the demo data, as the API delivers it, equals what an independent query
	 * over intake's own table gives, by the counting rule of the glossary (started weeks after the deadline).
	 */
	@Test
	void reproducesTheMonthlyReportOfTheDemoDataWithAnIndependentQuery() throws Exception {
		var demo = new DemoData(teams, accounts, registration, lifecycle, checklists, schoolLocations, clock, 20261122L, 150);
		demo.start();
		await().atMost(Duration.ofSeconds(30)).until(() -> count(
				"select count(*) from monitoring_treatment_wait where municipality_code = '0828'") == 150);
		var today = LocalDate.now(clock);
		var shownCounts = new java.util.ArrayList<Long>();

		for (var month : List.of(YearMonth.from(today).minusMonths(2), YearMonth.from(today).minusMonths(1),
				YearMonth.from(today))) {
			var reference = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
			var json = mvc.perform(get("/api/v1/reports/monthly-waiting-term").param("month", month.toString())
					.with(httpBasic("teamleider", DemoData.PASSWORD))).andReturn().getResponse().getContentAsString();
			var first = month.atDay(1);
			var last = month.atEndOfMonth();
			shownCounts.add(assertFigures(json, month + " started late", "startedLate", independent("""
					select count(*), sum(ceil((treatment_started_on - treatment_deadline) / 7.0)),
					       max(ceil((treatment_started_on - treatment_deadline) / 7.0))
					from help_request where municipality_code = '0828'
					and treatment_started_on between ? and ? and treatment_started_on > treatment_deadline""", first, last)));
			shownCounts.add(assertFigures(json, month + " still waiting", "stillWaiting", independent("""
					select count(*), sum(ceil((cast(? as date) - treatment_deadline) / 7.0)),
					       max(ceil((cast(? as date) - treatment_deadline) / 7.0))
					from help_request where municipality_code = '0828' and registered_on <= ? and treatment_deadline < ?
					and (coalesce(treatment_started_on, closed_on) is null or coalesce(treatment_started_on, closed_on) > ?)""",
					reference, reference, reference, reference, reference)));
			shownCounts.add(assertFigures(json, month + " route ended late", "routeEndedLate", independent("""
					select count(*), sum(ceil((closed_on - lead_time_deadline) / 7.0)), max(ceil((closed_on - lead_time_deadline) / 7.0))
					from help_request where municipality_code = '0828' and applied_on is not null
					and closed_on between ? and ? and closed_on > lead_time_deadline""", first, last)));
			shownCounts.add(assertFigures(json, month + " route still running", "routeStillRunning", independent("""
					select count(*), sum(ceil((cast(? as date) - lead_time_deadline) / 7.0)),
					       max(ceil((cast(? as date) - lead_time_deadline) / 7.0))
					from help_request where municipality_code = '0828' and applied_on <= ? and lead_time_deadline < ?
					and (closed_on is null or closed_on > ?)""", reference, reference, reference, reference, reference)));
		}
		assertThat(shownCounts).as("the demo data has months with exceedances to compare").anyMatch(count -> count >= 5);
	}

	private record Expected(long count, long weeks, long maxWeeks) {}

	private Expected independent(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query((rs, n) -> new Expected(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
				.single();
	}

	/**
	 * SEC-2 (ADR 0021): the total is published through the disclosure control: a count the perturbation table allows
	 * for the independent count; weeks within 2 and the longest exact when the published count is 5 or more, else
	 * left out with a mark.
	 */
	private static long assertFigures(String json, String what, String group, Expected expected) {
		var count = ((Number) JsonPath.read(json, "$.total." + group + ".count")).longValue();
		assertThat(Published.allows(expected.count(), count)).as(what + ": " + count + " for " + expected.count()).isTrue();
		if (count < 5) {
			assertThat((String) JsonPath.read(json, "$.total." + group + ".weeksMark")).as(what + " weeks").isEqualTo("k");
			return 0;
		}
		assertThat(((Number) JsonPath.read(json, "$.total." + group + ".weeks")).longValue()).as(what + " weeks")
				.isBetween(expected.weeks() - 2, expected.weeks() + 2);
		Number longest = JsonPath.read(json, "$.total." + group + ".maxWeeks");
		if (longest == null) {
			assertThat((String) JsonPath.read(json, "$.total." + group + ".maxWeeksMark")).as(what + " longest").isEqualTo("b");
		} else {
			assertThat(longest.longValue()).as(what + " longest").isEqualTo(expected.maxWeeks());
		}
		return expected.count();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
