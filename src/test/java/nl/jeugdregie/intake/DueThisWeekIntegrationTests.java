package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * BEY-1: norm clocks warn before a term is exceeded: every professional and team lead sees on the team worklist
 * which waiting requests' terms expire this week. "Today" is Monday 16 November 2026; the term is two weeks.
 */
@IntegrationTest
class DueThisWeekIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("BEY-1: a professional and a team lead see what expires this week, apart from what runs longer or is overdue")
	void showsTheProfessionalAndTheTeamLeadWhatExpiresThisWeek() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var dueFriday = register(professional, "2026-11-06"); // deadline 20 November: 4 days left
		var dueSunday = register(professional, "2026-11-08"); // deadline 22 November: 6 days left, still this week
		var dueNextMonday = register(professional, "2026-11-09"); // deadline 23 November: 7 days left
		var overdue = register(professional, "2026-10-30"); // deadline 13 November: passed

		for (var user : new CurrentUser[] { professional, lead }) {
			mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(user)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.dueThisWeek.length()").value(2))
					.andExpect(jsonPath("$.dueThisWeek[0].number").value(dueFriday.number()))
					.andExpect(jsonPath("$.dueThisWeek[0].clock.status").value("DUE_THIS_WEEK"))
					.andExpect(jsonPath("$.dueThisWeek[0].clock.text").value("Nog 4 dagen"))
					.andExpect(jsonPath("$.dueThisWeek[1].number").value(dueSunday.number()))
					.andExpect(jsonPath("$.running[0].number").value(dueNextMonday.number()))
					.andExpect(jsonPath("$.overdue[0].number").value(overdue.number()));

			var session = TestFixtures.login(mvc, user);
			mvc.perform(get("/werklijst").session(session))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("bij <strong>2</strong> verloopt de termijn deze week")))
					.andExpect(content().string(containsString("Termijn verloopt binnen een week (2)")));
			// Issue 13: the quick filter lists what expires this week, soonest first, and nothing else.
			var thisWeek = mvc.perform(get("/werklijst").param("norm", "deze-week").param("sorteer", "termijn").session(session))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			org.hamcrest.MatcherAssert.assertThat(thisWeek, containsString(dueFriday.number()));
			org.hamcrest.MatcherAssert.assertThat(thisWeek, containsString(dueSunday.number()));
			org.hamcrest.MatcherAssert.assertThat(thisWeek, containsString("Nog 4 dagen"));
			org.hamcrest.MatcherAssert.assertThat(thisWeek, not(containsString(dueNextMonday.number())));
			org.hamcrest.MatcherAssert.assertThat(thisWeek, not(containsString(overdue.number())));
		}
	}

	private RegistrationResult.Registered register(CurrentUser professional, String on) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Smit",
				LocalDate.of(2015, 5, 5), null, null, null, Channel.PHONE, Referrer.SCHOOL, "Zorgen over slapen."),
				professional, Instant.parse(on + "T09:00:00Z"));
	}
}
