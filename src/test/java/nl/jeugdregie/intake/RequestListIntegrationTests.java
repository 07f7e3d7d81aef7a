package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 13, items 1, 3 and 6: the lists of help requests with filters, order and paging; assigning from the
 * worklist (case workers only offered, one of two simultaneous assignments wins); the team page's caseload counts
 * what each professional handles; the start page says what needs the user today. "Today" is Monday 16 November
 * 2026; the treatment term is two weeks.
 */
@IntegrationTest
class RequestListIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	private TestFixtures.World world;
	private CurrentUser professional;
	private CurrentUser expert;
	private CurrentUser lead;
	private RegistrationResult.Registered overdue;
	private RegistrationResult.Registered dueThisWeek;
	private RegistrationResult.Registered running;
	private RegistrationResult.Registered started;

	@BeforeEach
	void registerRequests() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		expert = fixtures.user(Role.BEHAVIOURAL_EXPERT, world.municipality(), world.team());
		lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		overdue = register("Anna", "2026-10-28"); // deadline 11 November: passed (past the 2-week norm)
		dueThisWeek = register("Bram", "2026-11-06"); // deadline 20 November
		running = register("Cas", "2026-11-13"); // deadline 27 November
		started = register("Daan", "2026-11-09");
		assertThat(registration.recordFirstConversation(started.id(), LocalDate.of(2026, 11, 12), professional))
				.isInstanceOf(Outcome.Done.class);
	}

	@Test
	@DisplayName("Issue 13: the list filters on norm status, handler and state, sorts, and pages in the API")
	void filtersSortsAndPages() throws Exception {
		mvc.perform(get("/api/v1/help-requests").param("norm", "overdue").with(basic(lead)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].number").value(overdue.number()))
				.andExpect(jsonPath("$.items[0].normStatus").value("OVERDUE"));
		mvc.perform(get("/api/v1/help-requests").param("norm", "due_this_week").with(basic(lead)))
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].number").value(dueThisWeek.number()));
		mvc.perform(get("/api/v1/help-requests").param("scope", "mine").with(basic(professional)))
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].number").value(started.number()));
		mvc.perform(get("/api/v1/help-requests").param("scope", "unassigned").param("sort", "newest").with(basic(lead)))
				.andExpect(jsonPath("$.total").value(3))
				.andExpect(jsonPath("$.items[0].number").value(running.number()))
				.andExpect(jsonPath("$.items[2].number").value(overdue.number()));
		mvc.perform(get("/api/v1/help-requests").param("state", "waiting").param("sort", "urgency")
						.param("size", "2").param("page", "2").with(basic(lead)))
				.andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.pages").value(2))
				.andExpect(jsonPath("$.items.length()").value(1))
				.andExpect(jsonPath("$.items[0].number").value(running.number()));
		mvc.perform(get("/api/v1/help-requests").param("crisis", "true").with(basic(lead)))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/help-requests").param("size", "101").with(basic(lead)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Het aantal per pagina is een heel getal van 1 tot en met 100."));
	}

	@Test
	@DisplayName("Issue 13: the worklist page filters in the query string and shows the team lead a form per row with only case workers and their caseload")
	void showsTheWorklistWithFiltersAndAssignmentForms() throws Exception {
		var page = mvc.perform(get("/werklijst").param("norm", "overschreden").session(login(lead)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Hulpvragen 1 tot en met 1 van 1", overdue.number(), "Termijn overschreden (1)")
				.doesNotContain(dueThisWeek.number(), running.number());
		assertThat(page).contains("/werklijst/" + overdue.id() + "/toewijzen", "Test Gedragsdeskundige (0 open) – voorstel",
				"Test Jeugdprofessional (1 open)");
		assertThat(page).doesNotContain("Test Teamleider (");
		var professionals = mvc.perform(get("/werklijst").session(login(professional))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(professionals).contains(overdue.number()).doesNotContain("/toewijzen");
	}

	@Test
	@DisplayName("Issue 13: the list page pages through the shared page links, keeps the chosen filter selected and puts a refused filter in the error summary")
	void pagesAndRefusesThroughTheSharedListFrame() throws Exception {
		var page = mvc.perform(get("/hulpvragen").param("status", "wacht").param("aantal", "2").session(login(lead)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Hulpvragen 1 tot en met 2 van 3", "aria-label=\"Paginering\"",
				"aria-current=\"page\"", "aantal=2&amp;pagina=2", "rel=\"next\"", "<label class=\"utrecht-form-label\" for=\"norm\">Normtermijn</label>")
				.doesNotContain("rel=\"prev\"");
		assertThat(page).containsPattern("<option value=\"wacht\"[^>]*selected");
		var second = mvc.perform(get("/hulpvragen").param("status", "wacht").param("aantal", "2").param("pagina", "2")
				.session(login(lead))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(second).contains("Hulpvragen 3 tot en met 3 van 3", "rel=\"prev\"").doesNotContain("rel=\"next\"");
		var refused = mvc.perform(get("/werklijst").param("pagina", "0").session(login(lead)))
				.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("<title>Fout: Werklijst – Jeugdregie</title>", "href=\"#filters\"");
	}

	@Test
	@DisplayName("Issue 13, item 6: the team lead assigns from the worklist and returns to the same list; the team page counts it")
	void assignsFromTheWorklist() throws Exception {
		var result = assign(login(lead), overdue, professional, 0);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/werklijst?norm=overschreden");
		assertThat(result.getFlashMap().get("message")).isEqualTo("Toegewezen aan Test Jeugdprofessional.");
		mvc.perform(get("/api/v1/team").with(basic(lead)))
				.andExpect(jsonPath("$.members[?(@.username == '" + professional.username() + "')].caseload").value(2));
		var again = assign(login(lead), overdue, expert, 0);
		assertThat(again.getFlashMap().get("assignError")).asString().startsWith("Iemand anders heeft deze hulpvraag net");
		assertThat(assignedTo(overdue)).isEqualTo(professional.username());
		var toLead = assign(login(lead), running, lead, 0);
		assertThat(toLead.getFlashMap().get("assignError")).isEqualTo(
				"Wijs toe aan een jeugdprofessional of gedragsdeskundige van het team.");
		assertThat(assignedTo(running)).isNull();
	}

	@Test
	@DisplayName("Issue 13, item 6: two team leads assigning the same request at once: one wins, the other is told, one audit row")
	void letsOneOfTwoSimultaneousAssignmentsWin() throws Exception {
		var otherLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var sessions = List.of(login(lead), login(otherLead));
		var targets = List.of(professional, expert);
		var gate = new CountDownLatch(1);
		var results = new ArrayList<Future<MvcResult>>();
		try (var pool = Executors.newFixedThreadPool(2)) {
			for (var i = 0; i < 2; i++) {
				var session = sessions.get(i);
				var target = targets.get(i);
				Callable<MvcResult> call = () -> {
					gate.await();
					return assign(session, dueThisWeek, target, 0);
				};
				results.add(pool.submit(call));
			}
			gate.countDown();
		}
		var done = new ArrayList<MvcResult>();
		for (var f : results) {
			done.add(f.get());
		}

		assertThat(done).filteredOn(r -> r.getFlashMap().get("message") != null).hasSize(1);
		assertThat(done).filteredOn(r -> r.getFlashMap().get("assignError") != null).hasSize(1);
		assertThat(assignedTo(dueThisWeek)).isIn(professional.username(), expert.username());
		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and action = 'UPDATE' and what like 'Toegewezen%'")
				.param("Hulpvraag " + dueThisWeek.number()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("Issue 13, item 3: the start page tells the professional their overdue requests and the team lead the unassigned and caseload")
	void showsWhatNeedsTheUserToday() throws Exception {
		assign(login(lead), overdue, professional, 0);

		var professionals = mvc.perform(get("/").session(login(professional))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(professionals).contains("Wat vraagt vandaag uw aandacht?", "Mijn hulpvragen over de termijn",
				"/hulpvragen?wie=mij&amp;norm=overschreden");
		assertThat(between(professionals, "Mijn hulpvragen over de termijn")).contains(">1<");
		var leads = mvc.perform(get("/").session(login(lead))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(leads).contains("Nog niet toegewezen", "Over de termijn per professional", "Test Jeugdprofessional: 1",
				"Caseload van het team", "Test Jeugdprofessional: 2");
	}

	/** The 200 characters before a title, where its count stands. */
	private static String between(String page, String title) {
		var at = page.indexOf(title);
		return page.substring(Math.max(0, at - 200), at);
	}

	private MvcResult assign(MockHttpSession session, RegistrationResult.Registered request, CurrentUser to, long version)
			throws Exception {
		return mvc.perform(post("/werklijst/{id}/toewijzen", request.id().value()).session(session).with(csrf())
				.param("professional", to.username()).param("versie", Long.toString(version))
				.param("terug", "/werklijst?norm=overschreden")).andExpect(status().isFound()).andReturn();
	}

	private @org.jspecify.annotations.Nullable String assignedTo(RegistrationResult.Registered request) {
		return jdbc.sql("select assigned_to from help_request where id = ?").param(request.id().value())
				.query((rs, n) -> rs.getString(1)).list().getFirst();
	}

	private MockHttpSession login(CurrentUser user) throws Exception {
		return TestFixtures.login(mvc, user);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}

	private RegistrationResult.Registered register(String name, String on) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest(name, "Visser",
				LocalDate.of(2015, 5, 5), null, null, null, Channel.PHONE, Referrer.SCHOOL, "Zorgen over slapen.", false),
				professional, Instant.parse(on + "T09:00:00Z"));
	}
}
