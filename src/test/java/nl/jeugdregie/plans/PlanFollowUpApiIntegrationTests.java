package nl.jeugdregie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * Following a household's plan through the REST API: MDOs producing plan versions (PLAN-1), goal progress and
 * evaluations publishing {@link PlanEvaluated} (PLAN-5), and the family's plan document as PDF without internal
 * notes. "Today" is Monday 16 November 2026.
 */
@IntegrationTest
@RecordApplicationEvents
class PlanFollowUpApiIntegrationTests {

	static final String MDO = """
			{"heldOn":"2026-11-16","participants":[{"name":"Sanne Jansen","kind":"FAMILY","present":true},
			 {"name":"Karin (jeugdprofessional)","kind":"PROFESSIONAL","present":true}],
			 "agenda":["Hoe gaat het op school?"],"decisions":["Daan gaat twee keer per week naar de sportclub"],
			 "nextMeetingOn":"2027-01-11"}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	CurrentUser professional;
	UUID household;
	UUID goal;

	@BeforeEach
	void setUp() throws Exception {
		var world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		household = id(mvc.perform(post("/api/v1/households").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(RegisteredHelpRequests.register(registration, professional))))
				.andExpect(status().isCreated()));
		var mother = id(change("/members", "0", """
				{"memberName":"Sanne Jansen","memberRole":"PARENT","memberRelation":"moeder"}""").andExpect(status().isCreated()));
		change("/plan/wishes", "1", """
				{"wishMember":"%s","wishWant":"Rust in huis","wishCan":"Goed koken","wishNeed":"Hulp bij de opvoeding"}"""
				.formatted(mother)).andExpect(status().isCreated());
		goal = id(change("/plan/goals", "2", """
				{"lifeDomain":"EDUCATION_AND_WORK","goalDescription":"Daan gaat elke dag naar school","priority":1,"owner":"FAMILY","ownerName":"moeder"}""")
				.andExpect(status().isCreated()));
		change("/plan/actions", "3", """
				{"actionGoal":"%s","actionDescription":"Wekker zetten om 7 uur","performer":"FAMILY","performerName":"Daan","dueOn":"2026-12-01"}"""
				.formatted(goal)).andExpect(status().isCreated());
	}

	@Test
	@DisplayName("PLAN-1: an MDO with the resident records participants, agenda and decisions and produces a plan version")
	void recordsAnMdoThatProducesAPlanVersion() throws Exception {
		var meeting = id(change("/meetings", "4", MDO).andExpect(status().isCreated()));

		mvc.perform(get("/api/v1/households/{id}/meetings", household).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(meeting.toString()))
				.andExpect(jsonPath("$[0].producedPlanVersion").value(5))
				.andExpect(jsonPath("$[0].familyPresent").value(true))
				.andExpect(jsonPath("$[0].participants[0].name").value("Sanne Jansen"))
				.andExpect(jsonPath("$[0].participants[0].kind").value("FAMILY"))
				.andExpect(jsonPath("$[0].agenda[0]").value("Hoe gaat het op school?"))
				.andExpect(jsonPath("$[0].decisions[0]").value("Daan gaat twee keer per week naar de sportclub"))
				.andExpect(jsonPath("$[0].nextMeetingOn").value("2027-01-11"));
		mvc.perform(get("/api/v1/households/{id}/plan", household).with(basic(professional)))
				.andExpect(jsonPath("$.version").value(5))
				.andExpect(jsonPath("$.versions[0].change").value("MDO van 16-11-2026: 1 besluit"));
	}

	@Test
	@DisplayName("PLAN-1: refuses an MDO without participants with a Dutch problem+json and saves nothing")
	void refusesAnMdoWithoutParticipantsAndSavesNothing() throws Exception {
		change("/meetings", "4", """
				{"heldOn":"2026-11-16","participants":[],"decisions":["Iets"]}""")
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("participants"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Een MDO zonder deelnemers kan niet")));

		assertThat(count("select count(*) from plan_meeting where household_id = ?")).isZero();
		assertThat(count("select max(version_number) from plan_version v join cooperation_plan p on p.id = v.plan_id where p.household_id = ?"))
				.isEqualTo(4);
	}

	@Test
	@DisplayName("PLAN-1: an MDO without the resident present needs a recorded reason")
	void requiresAReasonForAnMdoWithoutTheResident() throws Exception {
		var absent = """
				{"heldOn":"2026-11-16","participants":[{"name":"Sanne Jansen","kind":"FAMILY","present":false},
				 {"name":"Karin","kind":"PROFESSIONAL","present":true}]%s}""";
		change("/meetings", "4", absent.formatted(""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("absenceReason"));
		change("/meetings", "4", absent.formatted(",\"absenceReason\":\"Moeder was ziek en wilde dat het overleg doorging\""))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/households/{id}/meetings", household).with(basic(professional)))
				.andExpect(jsonPath("$[0].familyPresent").value(false))
				.andExpect(jsonPath("$[0].absenceReason").value("Moeder was ziek en wilde dat het overleg doorging"));
	}

	@Test
	@DisplayName("PLAN-1: an MDO on a plan version someone else moved on is refused with 409 and saves nothing")
	void refusesAnMdoOnAStalePlanVersion() throws Exception {
		change("/meetings", "4", MDO).andExpect(status().isCreated());
		change("/meetings", "4", MDO)
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(count("select count(*) from plan_meeting where household_id = ?")).isEqualTo(1);
		mvc.perform(post("/api/v1/households/{id}/meetings", household).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content(MDO))
				.andExpect(status().isPreconditionRequired());
	}

	@Test
	@DisplayName("PLAN-5: tracks progress per goal over time and evaluates at an MDO, publishing PlanEvaluated")
	void tracksProgressAndEvaluatesAtAnMdo() throws Exception {
		var meeting = id(change("/meetings", "4", MDO).andExpect(status().isCreated()));
		progress("2026-09-01", 3, "ON_TRACK").andExpect(status().isCreated());
		progress("2026-11-16", 7, "ON_TRACK").andExpect(status().isCreated());
		progress("2026-11-16", 11, "ON_TRACK").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Kies een cijfer van 1 tot en met 10."));

		mvc.perform(get("/api/v1/households/{id}/progress", household).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].goal").value(goal.toString()))
				.andExpect(jsonPath("$[0].progress.length()").value(2))
				.andExpect(jsonPath("$[0].progress[1].score").value(7))
				.andExpect(jsonPath("$[0].progress[1].status").value("ON_TRACK"))
				.andExpect(jsonPath("$[0].progress[1].recordedBy").value(professional.username()));

		evaluate("""
				{"moment":"MDO","evaluatedOn":"2026-11-16","meeting":"%s","remarks":"Moeder twijfelt nog"}""".formatted(meeting))
				.andExpect(status().isCreated());

		assertThat(events.stream(PlanEvaluated.class).filter(e -> e.household().value().equals(household)))
				.singleElement()
				.satisfies(e -> {
					assertThat(e.moment()).isEqualTo(PlanEvaluated.Moment.MDO);
					assertThat(e.goalsAgreed()).isEqualTo(1);
					assertThat(e.goalsRealised()).isZero();
					assertThat(e.goalsImproved()).isEqualTo(1);
					assertThat(e.outcome()).isNull();
				});
	}

	@Test
	@DisplayName("PLAN-5: closure records goal realisation and the CBS outcome; a closed plan is not evaluated again")
	void recordsGoalRealisationAndTheContinuationOutcomeAtClosure() throws Exception {
		progress("2026-10-01", 4, "ON_TRACK").andExpect(status().isCreated());
		progress("2026-11-16", 9, "REALISED").andExpect(status().isCreated());
		evaluate("""
				{"moment":"CLOSURE","evaluatedOn":"2026-11-16"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("continuation"));
		evaluate("""
				{"moment":"CLOSURE","evaluatedOn":"2026-11-16","continuation":"CONTINUES_WITHOUT_HELP"}""")
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/{id}/evaluations", household).with(basic(professional)))
				.andExpect(jsonPath("$[0].moment").value("CLOSURE"))
				.andExpect(jsonPath("$[0].continuation").value("CONTINUES_WITHOUT_HELP"))
				.andExpect(jsonPath("$[0].goalsAgreed").value(1))
				.andExpect(jsonPath("$[0].goalsRealised").value(1));
		assertThat(events.stream(PlanEvaluated.class).filter(e -> e.household().value().equals(household)))
				.singleElement()
				.satisfies(e -> {
					assertThat(e.moment()).isEqualTo(PlanEvaluated.Moment.CLOSURE);
					assertThat(e.outcome()).isEqualTo(ContinuationOutcome.CONTINUES_WITHOUT_HELP);
					assertThat(e.goalsRealised()).isEqualTo(1);
				});
		evaluate("""
				{"moment":"HANDOVER","evaluatedOn":"2026-11-16","continuation":"LIGHTER_HELP_SUFFICES"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Het plan is al afgesloten. U kunt het niet meer evalueren."));
	}

	@Test
	@DisplayName("PLAN-5: a handover is an evaluation moment with the CBS outcome")
	void evaluatesAtAHandover() throws Exception {
		evaluate("""
				{"moment":"HANDOVER","evaluatedOn":"2026-11-16","continuation":"SAME_OR_HEAVIER_HELP_NEEDED"}""")
				.andExpect(status().isCreated());
		assertThat(events.stream(PlanEvaluated.class).filter(e -> e.household().value().equals(household)))
				.singleElement()
				.satisfies(e -> assertThat(e.outcome()).isEqualTo(ContinuationOutcome.SAME_OR_HEAVIER_HELP_NEEDED));
	}

	@Test
	@DisplayName("PLAN-1, PLAN-2, PLAN-5: the family's plan PDF holds wishes, goals, progress, actions, agreement and next MDO, without internal notes")
	void writesTheFamilysPlanAsAPdfWithoutInternalNotes() throws Exception {
		var meeting = id(change("/meetings", "4", MDO).andExpect(status().isCreated()));
		change("/plan/agreement", "5", """
				{"familyAgrees":true,"agreedOn":"2026-11-16","familyWords":"Dit is ons plan, zo willen we het"}""")
				.andExpect(status().isCreated());
		progress("2026-11-16", 6, "ON_TRACK").andExpect(status().isCreated());
		evaluate("""
				{"moment":"MDO","evaluatedOn":"2026-11-16","meeting":"%s","remarks":"INTERN: zorgen over veiligheid","remarksInternal":true}"""
				.formatted(meeting)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/households/{id}/documents", household).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"documentKind\":\"EXPLANATORY_ANALYSIS\",\"documentDate\":\"2026-11-10\",\"outcome\":\"GEHEIM analyse\"}"))
				.andExpect(status().isCreated());

		var pdf = mvc.perform(get("/api/v1/households/{id}/plan/document", household).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();

		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Ons plan – Gezin Jansen", "Sanne Jansen", "Ik wil: Rust in huis",
					"Ik kan: Goed koken", "Ik heb nodig: Hulp bij de opvoeding", "Daan gaat elke dag naar school",
					"6 van de 10, gaat goed", "Wekker zetten om 7 uur", "Daan (gezin)", "1-12-2026",
					"Het gezin is akkoord met versie 5", "Dit is ons plan, zo willen we het",
					"Het volgende overleg is op 11-1-2027");
			assertThat(text).doesNotContain("INTERN", "GEHEIM", "zorgen over veiligheid", professional.username());
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Ons plan – Gezin Jansen");
			// PLAN-1 plan document is accessible: tagged (PDF/UA) with the family's language, for screen readers.
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).startsWith("nl");
		}
	}

	ResultActions change(String path, String version, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/households/{id}" + path, household).with(basic(professional))
				.header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions progress(String on, int score, String status) throws Exception {
		return change("/progress", "0", """
				{"progressGoal":"%s","measuredOn":"%s","score":%d,"status":"%s"}""".formatted(goal, on, score, status));
	}

	ResultActions evaluate(String json) throws Exception {
		return change("/evaluations", "0", json);
	}

	long count(String sql) {
		var value = jdbc.sql(sql).param(household).query(Long.class).single();
		return value == null ? 0 : value;
	}

	static UUID id(ResultActions result) throws Exception {
		return UUID.fromString(JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
