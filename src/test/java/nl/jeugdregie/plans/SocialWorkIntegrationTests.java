package nl.jeugdregie.plans;

import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static nl.jeugdregie.plans.PlansTestData.basic;
import static nl.jeugdregie.plans.PlansTestData.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Individual social work for adults through the API and the pages (PLAN-8, PLAN-9); today is 2026-11-16. */
@IntegrationTest
@RecordApplicationEvents
class SocialWorkIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	TestFixtures.World world;
	CurrentUser worker;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		worker = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test
	@DisplayName("PLAN-8: registers, clarifies in two conversations, runs, evaluates and closes with an exit route, publishing the events")
	void walksATrajectoryFromRegistrationToClosure() throws Exception {
		var id = register(worker, "2026-10-01");
		var trajectory = new nl.jeugdregie.plans.SocialWorkTrajectoryId(id);
		assertThat(events.stream(SocialWorkRequestRegistered.class))
				.containsExactly(new SocialWorkRequestRegistered(trajectory, world.municipality(), LocalDate.of(2026, 10, 1)));

		conversation(id, 0, "2026-10-20").andExpect(status().isCreated());
		conversation(id, 1, "2026-10-27").andExpect(status().isCreated());
		change(id, "clarification", 2, "{\"clarifiedOn\":\"2026-10-28\",\"clarifiedQuestion\":\"Grip op post en schulden\",\"trajectoryKind\":\"REGULAR\"}")
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/social-work/trajectories/{id}", id).with(basic(worker)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("IN_TRAJECTORY"))
				.andExpect(jsonPath("$.firstConversationOn").value("2026-10-20"))
				.andExpect(jsonPath("$.clock.firstConversationDue").value("2026-10-29"))
				.andExpect(jsonPath("$.clock.firstConversationLimit").value("2026-11-12"))
				.andExpect(jsonPath("$.clock.firstConversationWithinTerm").value(true))
				.andExpect(jsonPath("$.clock.plannedEnd").value("2027-04-28"))
				.andExpect(jsonPath("$.clock.evaluationDue").value("2027-03-28"));
		change(id, "contacts", 3, "{\"contactKind\":\"EVALUATION\",\"contactOn\":\"2026-11-10\",\"initiatedBy\":\"WORKER\",\"contactSummary\":\"Post is op orde\"}")
				.andExpect(status().isCreated());
		change(id, "closure", 4, "{\"closedOn\":\"2026-11-16\",\"exitRoute\":\"WMO_TAILORED_PROVISION\"}")
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/social-work/trajectories/{id}", id).with(basic(worker)))
				.andExpect(jsonPath("$.state").value("CLOSED"))
				.andExpect(jsonPath("$.exitRoute").value("WMO_TAILORED_PROVISION"))
				.andExpect(jsonPath("$.clarifiedOn").value("2026-10-28"))
				.andExpect(jsonPath("$.contacts.length()").value(3));
		assertThat(events.stream(SocialWorkFirstConversationHeld.class)).containsExactly(new SocialWorkFirstConversationHeld(
				trajectory, world.municipality(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20)));
		assertThat(events.stream(SocialWorkTrajectoryClosed.class)).containsExactly(new SocialWorkTrajectoryClosed(
				trajectory, world.municipality(), LocalDate.of(2026, 11, 16), ExitRoute.WMO_TAILORED_PROVISION));
		var client = jdbc.sql("select client_id from social_work_trajectory where id = ?").param(id).query(UUID.class).single();
		assertThat(jdbc.sql("select action || ' ' || what from audit_event where client_id = ? order by id").param(client)
				.query(String.class).list()).containsExactly(
						"CREATE Traject maatschappelijk werk aangemeld",
						"UPDATE Gesprek vraagverheldering 1 vastgelegd",
						"UPDATE Gesprek vraagverheldering 2 vastgelegd",
						"UPDATE Vraagverheldering afgerond: traject",
						"READ Traject maatschappelijk werk bekeken (API)",
						"UPDATE Evaluatie vastgelegd",
						"UPDATE Traject afgesloten: wmo-maatwerkvoorziening",
						"READ Traject maatschappelijk werk bekeken (API)");
	}

	@Test
	@DisplayName("PLAN-8: refuses a third clarification conversation with 422, saving nothing")
	void refusesAThirdClarificationConversation() throws Exception {
		var id = register(worker, "2026-10-01");
		conversation(id, 0, "2026-10-05").andExpect(status().isCreated());
		conversation(id, 1, "2026-10-12").andExpect(status().isCreated());

		conversation(id, 2, "2026-10-19")
				.andExpect(status().is(422))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Er zijn al 2 gesprekken voor de vraagverheldering geweest")));

		assertThat(jdbc.sql("select count(*) from social_work_contact where trajectory_id = ?").param(id)
				.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select version from social_work_trajectory where id = ?").param(id).query(Long.class).single())
				.isEqualTo(2);
	}

	@Test
	@DisplayName("PLAN-8: refuses dates before the registration or in the future, and a minor, in Dutch")
	void refusesDatesBeforeRegistrationOrInTheFuture() throws Exception {
		var id = register(worker, "2026-10-01");

		conversation(id, 0, "2026-09-30").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("heldOn"))
				.andExpect(jsonPath("$.errors[0].message").value("Deze datum kan niet voor de aanmelding (1-10-2026) liggen."));
		conversation(id, 0, "2026-11-17").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Deze datum kan niet na vandaag liggen."));
		change(id, "closure", 0, "{\"closedOn\":\"2026-09-01\",\"exitRoute\":\"OWN_NETWORK\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("closedOn"));
		mvc.perform(post("/api/v1/social-work/trajectories").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"residentName\":\"Ria\",\"residentDateOfBirth\":\"1960-01-01\",\"question\":\"Eenzaam\",\"registeredOn\":\"2026-11-17\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("registeredOn"));
		mvc.perform(post("/api/v1/social-work/trajectories").with(basic(worker)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"residentName\":\"Sam\",\"residentDateOfBirth\":\"2009-01-01\",\"question\":\"Schulden\",\"registeredOn\":\"2026-11-16\"}"))
				.andExpect(status().is(422));

		assertThat(jdbc.sql("select state from social_work_trajectory where id = ?").param(id).query(String.class).single())
				.isEqualTo("REGISTERED");
		assertThat(events.stream(SocialWorkFirstConversationHeld.class)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-8: a stale version answers 409 and saves nothing")
	void refusesAStaleChange() throws Exception {
		var id = register(worker, "2026-10-01");
		conversation(id, 0, "2026-10-05").andExpect(status().isCreated());

		conversation(id, 0, "2026-10-06").andExpect(status().isConflict());

		assertThat(jdbc.sql("select count(*) from social_work_contact where trajectory_id = ?").param(id)
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("PLAN-9: steun en leun keeps its contact rhythm; the next contact is due that many weeks after the last")
	void keepsTheRhythmOfSteunEnLeun() throws Exception {
		var id = register(worker, "2026-09-01");
		conversation(id, 0, "2026-09-10").andExpect(status().isCreated());
		change(id, "clarification", 1, "{\"clarifiedOn\":\"2026-09-10\",\"clarifiedQuestion\":\"Steun bij alleen wonen\",\"trajectoryKind\":\"SUPPORT_AND_LEAN\",\"contactRhythmWeeks\":8}")
				.andExpect(status().isCreated());
		change(id, "contacts", 2, "{\"contactKind\":\"CONTACT\",\"contactOn\":\"2026-10-01\",\"initiatedBy\":\"RESIDENT\",\"contactSummary\":\"Belde zelf over de buren\"}")
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/social-work/trajectories/{id}", id).with(basic(worker)))
				.andExpect(jsonPath("$.kind").value("SUPPORT_AND_LEAN"))
				.andExpect(jsonPath("$.contactRhythmWeeks").value(8))
				.andExpect(jsonPath("$.clock.plannedEnd").doesNotExist())
				.andExpect(jsonPath("$.clock.nextContactDue").value("2026-11-26"))
				.andExpect(jsonPath("$.contacts[1].initiatedBy").value("RESIDENT"));
	}

	@Test
	@DisplayName("PLAN-8: the worklist puts expired terms first and lists the evaluation reminders (evaluatie binnenkort / termijn verlopen)")
	void listsTheEvaluationRemindersAndMostUrgentFirst() throws Exception {
		var evaluate = register(worker, "2026-05-01", "Henk Visser");
		conversation(evaluate, 0, "2026-05-10").andExpect(status().isCreated());
		change(evaluate, "clarification", 1, "{\"clarifiedOn\":\"2026-05-20\",\"clarifiedQuestion\":\"Werk vinden\",\"trajectoryKind\":\"REGULAR\"}")
				.andExpect(status().isCreated());
		var waiting = register(worker, "2026-10-01", "Anja Kok");
		var fresh = register(worker, "2026-11-16", "Jan Wit");
		var otherTeam = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		register(otherTeam, "2026-11-01", "Piet Ander");

		var body = mvc.perform(get("/api/v1/social-work/worklist").with(basic(worker)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.evaluationReminders.length()").value(1))
				.andExpect(jsonPath("$.evaluationReminders[0].signal").value("EVALUATION_DUE"))
				.andExpect(jsonPath("$.evaluationReminders[0].dueOn").value("2026-10-20"))
				.andReturn().getResponse().getContentAsString();
		List<String> open = JsonPath.read(body, "$.open[*].id");
		assertThat(open).containsExactly(waiting.toString(), evaluate.toString(), fresh.toString());
		assertThat(JsonPath.<List<String>>read(body, "$.open[*].signal"))
				.containsExactly("FIRST_CONVERSATION_LIMIT_PASSED", "EVALUATION_DUE", "FIRST_CONVERSATION_OPEN");

		mvc.perform(get("/maatschappelijk-werk").session(TestFixtures.login(mvc, worker)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Evaluatie binnenkort of termijn verlopen")))
				.andExpect(content().string(containsString("Henk Visser")))
				.andExpect(content().string(containsString("Uiterste termijn eerste gesprek verstreken")))
				.andExpect(content().string(not(containsString("Piet Ander"))));
	}

	@Test
	@DisplayName("PLAN-8: the pages register a trajectory and show its clock; a third conversation is no longer offered")
	void registersAndShowsATrajectoryOnThePages() throws Exception {
		var session = TestFixtures.login(mvc, worker);
		mvc.perform(post("/maatschappelijk-werk").session(session).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Vul de naam van de inwoner in.")));
		var location = mvc.perform(post("/maatschappelijk-werk").session(session).with(csrf())
						.param("residentName", "Greet Hendriks").param("residentDateOfBirth", "1958-04-02")
						.param("question", "Voelt zich alleen sinds haar man overleed").param("registeredOn", "2026-11-02"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		var id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post("/maatschappelijk-werk/{id}/vraagverheldering", id).session(session).with(csrf())
						.param("version", "0").param("heldOn", "2026-11-05").param("summary", "Kennismaking"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/maatschappelijk-werk/{id}/vraagverheldering", id).session(session).with(csrf())
						.param("version", "1").param("heldOn", "2026-11-12").param("summary", "Netwerk in kaart"))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get(location).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Maatschappelijk werk voor Greet Hendriks")))
				.andExpect(content().string(containsString("5-11-2026, binnen de termijn")))
				.andExpect(content().string(containsString("2 van maximaal 2")))
				.andExpect(content().string(not(containsString("Gesprek vraagverheldering vastleggen"))))
				.andExpect(content().string(containsString("Vraagverheldering afronden")));
		mvc.perform(post("/maatschappelijk-werk/{id}/vraagverheldering", id).session(session).with(csrf())
						.param("version", "2").param("heldOn", "2026-11-13").param("summary", "Nog een"))
				.andExpect(status().is(422))
				.andExpect(content().string(containsString("Er zijn al 2 gesprekken")));
	}

	UUID register(CurrentUser user, String registeredOn) throws Exception {
		return register(user, registeredOn, "Kees Jansen");
	}

	UUID register(CurrentUser user, String registeredOn, String name) throws Exception {
		return created(mvc.perform(post("/api/v1/social-work/trajectories").with(basic(user))
						.contentType(MediaType.APPLICATION_JSON).content("""
								{"residentName":"%s","residentDateOfBirth":"1975-03-03","question":"Loopt vast met geldzaken","registeredOn":"%s"}"""
								.formatted(name, registeredOn)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	ResultActions conversation(UUID id, long version, String heldOn) throws Exception {
		return change(id, "clarification-conversations", version,
				"{\"heldOn\":\"%s\",\"summary\":\"Gesprek over de vraag\"}".formatted(heldOn));
	}

	ResultActions change(UUID id, String what, long version, String json) throws Exception {
		return mvc.perform(post("/api/v1/social-work/trajectories/{id}/" + what, id).with(basic(worker))
				.header("If-Match", String.valueOf(version)).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
