package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Governance over the REST API (STU-1, STU-2, STU-6), each on a fresh municipality with the small test assignment
 * (year 2026, cap € 10.000,00, one line of € 9.000,00, one risk with effect 4). Today is Monday 16 November 2026.
 */
@IntegrationTest
class GovernanceApiIntegrationTests {

	static final String REQUEST = """
			{"title": "Buurtsportcoach", "currentSituation": "Geen sportaanbod in de wijk.",
			 "desiredSituation": "Elke wijk heeft een buurtsportcoach.", "fit": "Past bij het jongerenwerk.",
			 "fte": "0,50", "budget": "%s", "sourceOfFunds": "Herschikking binnen de opdracht",
			 "typeOfWorkId": null, "targetGroup": "YOUTH"}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("STU-1, STU-2: a new year's assignment starts as a copy of the previous year, once")
	void startsTheNextYearAsACopyOfThePreviousOnce() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		var created = mvc.perform(json(post("/api/v1/steering/assignments"), officer, "{\"year\": 2027}"))
				.andExpect(status().isOk()).andReturn();
		long copy = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

		assertThat(count("select count(*) from steering_type_of_work where assignment_id = ?", copy)).isEqualTo(1);
		assertThat(count("select count(*) from steering_goal g join steering_type_of_work t on t.id = g.type_of_work_id where t.assignment_id = ?", copy)).isEqualTo(1);
		assertThat(count("select count(*) from steering_core_condition c join steering_type_of_work t on t.id = c.type_of_work_id where t.assignment_id = ?", copy)).isEqualTo(1);
		assertThat(count("select count(*) from steering_risk r join steering_type_of_work t on t.id = r.type_of_work_id where t.assignment_id = ? and r.probability = 2 and r.damage = 2", copy)).isEqualTo(1);
		assertThat(count("select sum(amount_cents) from steering_financing_line where assignment_id = ?", copy))
				.isEqualTo(SteeringTestData.LINE_CENTS);
		mvc.perform(get("/api/v1/steering/assignment").with(basic(officer)))
				.andExpect(jsonPath("$.assignment.year").value(2027))
				.andExpect(jsonPath("$.assignment.title").value("Opdracht welzijnswerk 2027"))
				.andExpect(jsonPath("$.typesOfWork[0].name").value("Jongerenwerk"));

		mvc.perform(json(post("/api/v1/steering/assignments"), officer, "{\"year\": 2027}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("De opdracht voor 2027 bestaat al."));
		assertThat(count("select count(*) from steering_assignment where municipality_code = ?", world.municipality().value()))
				.isEqualTo(2);
		assertThat(test.assignmentId()).isNotEqualTo(copy);
	}

	@Test
	@DisplayName("STU-1: an administrator adds a type of work; a duplicate name is refused")
	void addsATypeOfWorkAndRefusesADuplicate() throws Exception {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var body = """
				{"name": "Buurtsportcoach", "targetGroup": "YOUTH", "desiredSituation": "Jongeren sporten in hun wijk."}""";

		mvc.perform(json(post("/api/v1/steering/types-of-work"), admin, body)).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/steering/assignment").with(basic(admin)))
				.andExpect(jsonPath("$.typesOfWork[1].name").value("Buurtsportcoach"))
				.andExpect(jsonPath("$.typesOfWork[1].code").value("BUURTSPORTCOACH"));
		mvc.perform(json(post("/api/v1/steering/types-of-work"), admin, body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value("Er is al een werksoort met deze naam."));
	}

	@Test
	@DisplayName("STU-6: the agenda is prepared from what changed since the previous meeting of the type")
	void preparesTheAgendaFromTheChangesSinceThePreviousMeeting() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		jdbc.sql("""
				insert into steering_stated_figure (assignment_id, type_of_work_id, kind, label, fte, amount_cents, source)
				values (?, ?, 'SUBTOTAL', 'Subtotaal jongerenwerk', 0.10, 899999, 'Test')""")
				.params(test.assignmentId(), test.typeOfWorkId()).update();

		var first = meetingId(mvc.perform(json(post("/api/v1/steering/meetings"), officer,
				"{\"type\": \"TRANSFORMATION\", \"date\": \"2026-11-02\"}")).andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/steering/meetings/" + first).with(basic(officer)))
				.andExpect(jsonPath("$.meeting.changesSince").value(Matchers.nullValue()))
				.andExpect(jsonPath("$.agenda.length()").value(1))
				.andExpect(jsonPath("$.agenda[0].kind").value("BUDGET"))
				.andExpect(jsonPath("$.agenda[0].title").value("Verschil tussen memo en berekening: Jongerenwerk"));

		mvc.perform(json(post("/api/v1/steering/risks/" + test.riskId() + "/assessments"), officer,
				"{\"probability\": 3, \"damage\": 3, \"note\": \"Overlast in het weekend.\"}")).andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/steering/assignment-requests"), officer, REQUEST.formatted("500,00")))
				.andExpect(status().isCreated());

		var next = meetingId(mvc.perform(json(post("/api/v1/steering/meetings"), officer,
				"{\"type\": \"TRANSFORMATION\", \"date\": \"23-11-2026\"}")).andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/steering/meetings/" + next).with(basic(officer)))
				.andExpect(jsonPath("$.meeting.changesSince").value("2026-11-02"))
				.andExpect(jsonPath("$.agenda[*].kind").value(Matchers.contains("RISK", "BUDGET", "REQUEST")))
				.andExpect(jsonPath("$.agenda[0].subjectId").value(test.riskId()))
				.andExpect(jsonPath("$.agenda[0].title").value("Risico opnieuw beoordeeld, effect 9: Jongeren komen steeds later samen."))
				.andExpect(jsonPath("$.agenda[2].title").value("Nieuwe opdracht: Buurtsportcoach"));
		mvc.perform(get("/api/v1/steering/meetings").with(basic(officer)))
				.andExpect(jsonPath("$.calendar[0].type").value("TRANSFORMATION"))
				.andExpect(jsonPath("$.calendar[0].nextMeetingId").value(next))
				.andExpect(jsonPath("$.calendar[0].behind").value(false));
	}

	@Test
	@DisplayName("STU-6: refuses a meeting before the assignment year, and a second one of the type that day; nothing saved")
	void refusesAMeetingBeforeTheAssignmentYear() throws Exception {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		mvc.perform(json(post("/api/v1/steering/meetings"), officer, "{\"type\": \"ALIGNMENT\", \"date\": \"2025-12-31\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("date"))
				.andExpect(jsonPath("$.errors[0].message").value(
						"Het overleg kan niet voor het begin van het opdrachtjaar 2026 zijn. Kies 1-1-2026 of later."));
		mvc.perform(json(post("/api/v1/steering/meetings"), officer, "{\"type\": \"OVERLEG\", \"date\": \"morgen\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("type", "date")));
		assertThat(meetings(world)).isZero();

		mvc.perform(json(post("/api/v1/steering/meetings"), officer, "{\"type\": \"ALIGNMENT\", \"date\": \"2026-12-07\"}"))
				.andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/steering/meetings"), officer, "{\"type\": \"ALIGNMENT\", \"date\": \"2026-12-07\"}"))
				.andExpect(status().isConflict());
		assertThat(meetings(world)).isOne();
	}

	@Test
	@DisplayName("STU-6: frequencies are configuration per municipality; zero or below is refused")
	void changesTheRhythmAndRefusesAFrequencyOfZero() throws Exception {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		mvc.perform(json(put("/api/v1/steering/meeting-rhythm/TRANSFORMATION"), officer, "{\"frequency\": 0}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("frequency"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("De frequentie is een heel getal van 1 tot en met 52.")));
		mvc.perform(get("/api/v1/steering/meetings").with(basic(officer)))
				.andExpect(jsonPath("$.calendar[0].rhythm").value("elke 3 weken"));

		mvc.perform(json(put("/api/v1/steering/meeting-rhythm/TRANSFORMATION"), officer, "{\"frequency\": 2}"))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/steering/meetings").with(basic(officer)))
				.andExpect(jsonPath("$.calendar[0].rhythm").value("elke 2 weken"))
				.andExpect(jsonPath("$.calendar[4].rhythm").value("1 keer per jaar, rond juli"));
		var other = fixtures.newWorld();
		mvc.perform(get("/api/v1/steering/meetings").with(basic(fixtures.user(Role.POLICY_OFFICER, other.municipality(), null))))
				.andExpect(jsonPath("$.calendar[0].rhythm").value("elke 3 weken"));
	}

	@Test
	@DisplayName("STU-6: minutes and decisions are recorded against the items of a meeting that took place")
	void recordsMinutesOnlyForAMeetingThatTookPlace() throws Exception {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		mvc.perform(json(post("/api/v1/steering/assignment-requests"), officer, REQUEST.formatted("500,00")))
				.andExpect(status().isCreated());
		var held = meetingId(mvc.perform(json(post("/api/v1/steering/meetings"), officer,
				"{\"type\": \"ALIGNMENT\", \"date\": \"2026-11-16\"}")));
		var future = meetingId(mvc.perform(json(post("/api/v1/steering/meetings"), officer,
				"{\"type\": \"ALIGNMENT\", \"date\": \"2026-12-28\"}")));
		var heldItem = itemId(held);

		mvc.perform(json(post("/api/v1/steering/meetings/" + future + "/items/" + itemId(future) + "/minutes"), officer,
				"{\"minutes\": \"Besproken.\", \"decision\": \"\"}"))
				.andExpect(status().isConflict());
		mvc.perform(json(post("/api/v1/steering/meetings/" + held + "/items/" + heldItem + "/minutes"), officer,
				"{\"minutes\": \" \", \"decision\": null}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Schrijf het verslag of het besluit bij dit agendapunt."));
		mvc.perform(json(post("/api/v1/steering/meetings/" + held + "/items/" + heldItem + "/minutes"), officer,
				"{\"minutes\": \"De aanbieder licht de vraag toe.\", \"decision\": \"Aannemen in het bestuurlijk overleg.\"}"))
				.andExpect(status().isOk());

		mvc.perform(get("/api/v1/steering/meetings/" + held).with(basic(officer)))
				.andExpect(jsonPath("$.agenda[0].decision").value("Aannemen in het bestuurlijk overleg."))
				.andExpect(jsonPath("$.meeting.recordedItems").value(1));
		mvc.perform(post("/api/v1/steering/meetings/" + held + "/agenda").with(basic(officer)))
				.andExpect(status().isConflict());
	}

	@Test
	@DisplayName("STU-6: an impact analysis with negative FTE or budget is refused with nothing saved")
	void refusesAnImpactAnalysisWithNegativeNumbers() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		mvc.perform(json(post("/api/v1/steering/assignment-requests"), officer,
						REQUEST.formatted("-500,00").replace("\"0,50\"", "\"-1\"")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("fte"))
				.andExpect(jsonPath("$.errors[0].message").value("De fte kan niet negatief zijn. Vul 0 of meer in."))
				.andExpect(jsonPath("$.errors[1].field").value("budget"))
				.andExpect(jsonPath("$.errors[1].message").value("Het bedrag kan niet negatief zijn. Vul 0 of meer in."));
		assertThat(requests(test.assignmentId())).isZero();
	}

	@Test
	@DisplayName("STU-6, STU-7: an accepted request becomes a type of work with its line, unless it goes over the cap")
	void acceptsARequestIntoTheAssignmentWithinTheCapOnly() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var tooLarge = requestId(mvc.perform(json(post("/api/v1/steering/assignment-requests"), officer,
				REQUEST.formatted("1.500,00"))));

		mvc.perform(json(post("/api/v1/steering/assignment-requests/" + tooLarge + "/decision"), officer,
				"{\"decision\": \"ACCEPTED\", \"reason\": \"Belangrijk voor de wijk.\", \"date\": \"2026-11-16\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("decision"))
				.andExpect(jsonPath("$.errors[0].message").value(
						"De nieuwe opdracht (€ 1.500,00) past niet binnen het begrotingsplafond van € 10.000,00: het totaal komt € 500,00 erboven. Er is niets opgeslagen. Wijs de opdracht af, of zoek eerst ruimte door herschikking."));
		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isOne();
		assertThat(count("select count(*) from steering_type_of_work where assignment_id = ?", test.assignmentId())).isOne();

		mvc.perform(json(post("/api/v1/steering/assignment-requests/" + tooLarge + "/decision"), officer,
				"{\"decision\": \"REJECTED\", \"reason\": \"\", \"date\": \"2026-11-16\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(json(post("/api/v1/steering/assignment-requests/" + tooLarge + "/decision"), officer,
				"{\"decision\": \"REJECTED\", \"reason\": \"Geen ruimte onder het plafond.\", \"date\": \"2026-11-16\"}"))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/steering/assignment-requests/" + tooLarge).with(basic(officer)))
				.andExpect(jsonPath("$.status").value("REJECTED"))
				.andExpect(jsonPath("$.decisionReason").value("Geen ruimte onder het plafond."))
				.andExpect(jsonPath("$.decidedOn").value("2026-11-16"));

		var fits = requestId(mvc.perform(json(post("/api/v1/steering/assignment-requests"), officer,
				REQUEST.formatted("1.000,00"))));
		mvc.perform(json(post("/api/v1/steering/assignment-requests/" + fits + "/decision"), officer,
				"{\"decision\": \"ACCEPTED\", \"reason\": \"Past binnen het plafond.\", \"date\": \"16-11-2026\"}"))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/steering/assignment").with(basic(officer)))
				.andExpect(jsonPath("$.typesOfWork[1].name").value("Buurtsportcoach"))
				.andExpect(jsonPath("$.typesOfWork[1].computed.amount.text").value("€ 1.000,00"))
				.andExpect(jsonPath("$.typesOfWork[1].computed.fte").value(0.5))
				.andExpect(jsonPath("$.overall.amount.text").value("€ 10.000,00"));
	}

	private ResultActions created(ResultActions actions) throws Exception {
		return actions.andExpect(status().isCreated());
	}

	private long meetingId(ResultActions actions) throws Exception {
		return id(created(actions));
	}

	private long requestId(ResultActions actions) throws Exception {
		return id(created(actions));
	}

	private static long id(ResultActions actions) throws Exception {
		return ((Number) JsonPath.read(actions.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long itemId(long meetingId) {
		return jdbc.sql("select min(id) from steering_agenda_item where meeting_id = ?").param(meetingId)
				.query(Long.class).single();
	}

	private long meetings(TestFixtures.World world) {
		return count("select count(*) from steering_meeting where municipality_code = ?", world.municipality().value());
	}

	private long requests(long assignmentId) {
		return count("select count(*) from steering_assignment_request where assignment_id = ?", assignmentId);
	}

	private long count(String sql, Object parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, CurrentUser user, String body) {
		return request.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
