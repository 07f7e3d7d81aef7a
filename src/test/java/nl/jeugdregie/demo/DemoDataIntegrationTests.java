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
	@Autowired Clock clock;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	@Test
	void generatesOssTeamsUsersAndRequestsOnceWithSomeExceedingTheNorm() throws Exception { // TOE-9
		var demo = new DemoData(teams, accounts, registration, lifecycle, clock, 20261122L, 150);
		demo.run(null);

		assertThat(teams.ofMunicipality(DemoData.OSS)).extracting(t -> t.name())
				.containsExactly("CJG Oss Centrum", "CJG Oss Noord", "CJG Oss Zuid");
		for (var username : new String[] { "professional", "teamleider", "gedragsdeskundige", "beleid", "aanbieder",
				"beheerder", "professional.bernheze" }) {
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

		demo.run(null);
		assertThat(count("select count(*) from help_request where municipality_code = '0828'")).isEqualTo(150);
		assertThat(DemoData.PASSWORD).hasSizeGreaterThanOrEqualTo(12);
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
