package nl.jeugdregie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormSettings;
import nl.jeugdregie.policy.Norms;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A household's life through the REST API: members, case director (PLAN-3), the cooperation plan with its
 * versions (PLAN-1, PLAN-2), heavy steps under PLAN-6 and PLAN-7, bad input and concurrent edits saving nothing.
 * "Today" is Monday 16 November 2026.
 */
@IntegrationTest
@RecordApplicationEvents
class HouseholdApiIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;
	@Autowired Norms norms;
	@Autowired NormSettings normSettings;
	@Autowired HeavyStepPolicies heavyStepPolicies;
	@Autowired ApplicationEvents events;

	TestFixtures.World world;
	CurrentUser professional;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test
	@DisplayName("PLAN-1, PLAN-2, PLAN-3: builds one plan for one family with one director, version by version")
	void buildsAHouseholdsCooperationPlanVersionByVersion() throws Exception {
		var helpRequest = RegisteredHelpRequests.register(registration, professional);
		var id = createHousehold(professional, helpRequest);

		mvc.perform(get("/api/v1/households/{id}", id).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value("Gezin Jansen"))
				.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("GZ-" + world.municipality().value() + "-2026-")))
				.andExpect(jsonPath("$.caseDirector").value(professional.username()))
				.andExpect(jsonPath("$.helpRequests[0]").value(helpRequest.toString()))
				.andExpect(jsonPath("$.version").value(0))
				.andExpect(jsonPath("$.planVersion").value(1));
		var mother = addMember(id, 0, """
				{"memberName":"Sanne Jansen","memberRole":"PARENT","memberRelation":"moeder"}""");
		addMember(id, 1, """
				{"memberName":"Daan Jansen","memberRole":"YOUNG_PERSON","memberRelation":"zoon","memberDateOfBirth":"2012-04-01"}""");
		addMember(id, 2, """
				{"memberName":"Wim de Boer","memberRole":"NETWORK_MEMBER","memberRelation":"opa"}""");

		change(post("/api/v1/households/{id}/plan/wishes", id), 1, """
				{"wishMember":"%s","wishWant":"Rust in huis","wishCan":"Elke dag koken","wishNeed":"Hulp bij de geldzaken"}"""
				.formatted(mother)).andExpect(status().isCreated());
		var goal = JsonPath.read(change(post("/api/v1/households/{id}/plan/goals", id), 2, """
				{"lifeDomain":"FINANCES","goalDescription":"Geen nieuwe schulden","priority":1,"owner":"FAMILY","ownerName":"Sanne"}""")
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		change(post("/api/v1/households/{id}/plan/goals", id), 3, """
				{"lifeDomain":"EDUCATION_AND_WORK","goalDescription":"Daan gaat elke dag naar school","priority":2,"owner":"PROFESSIONAL"}""")
				.andExpect(status().isCreated());
		change(post("/api/v1/households/{id}/plan/actions", id), 4, """
				{"actionGoal":"%s","actionDescription":"Afspraak bij schuldhulp maken","performer":"NETWORK","performerName":"Opa Wim","dueOn":"2026-12-01"}"""
				.formatted(goal)).andExpect(status().isCreated());
		change(post("/api/v1/households/{id}/plan/agreement", id), 5, """
				{"familyAgrees":true,"agreedOn":"2026-11-16","familyWords":"Dit is ons plan."}""")
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/{id}/plan", id).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(5))
				.andExpect(jsonPath("$.versions.length()").value(5))
				.andExpect(jsonPath("$.versions[0].familyAgrees").value(true))
				.andExpect(jsonPath("$.versions[0].familyWords").value("Dit is ons plan."))
				.andExpect(jsonPath("$.versions[4].change").value("Gezinsplan aangemaakt"))
				.andExpect(jsonPath("$.wishes[0].wishNeed").value("Hulp bij de geldzaken"))
				.andExpect(jsonPath("$.goals[0].priority").value(1))
				.andExpect(jsonPath("$.goals[0].owner").value("FAMILY"))
				.andExpect(jsonPath("$.goals[0].actions[0].performerName").value("Opa Wim"))
				.andExpect(jsonPath("$.goals[1].lifeDomain").value("EDUCATION_AND_WORK"));
		mvc.perform(get("/api/v1/households/{id}", id).with(basic(professional)))
				.andExpect(jsonPath("$.members[*].role").value(containsInAnyOrder("PARENT", "YOUNG_PERSON", "NETWORK_MEMBER")));
	}

	@Test
	@DisplayName("PLAN-3: changes the one case director only with a reason, keeps the history and publishes it")
	void changesTheCaseDirectorExplicitlyWithAReason() throws Exception {
		var id = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));
		var colleague = fixtures.user(Role.BEHAVIOURAL_EXPERT, world.municipality(), world.otherTeam());

		change(post("/api/v1/households/{id}/case-director", id), 0, """
				{"director":"%s"}""".formatted(colleague.username()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		change(post("/api/v1/households/{id}/case-director", id), 0, """
				{"director":"%s","reason":"Zorgen over veiligheid: gedragsdeskundige neemt de regie"}""".formatted(colleague.username()))
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/{id}", id).with(basic(colleague)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.caseDirector").value(colleague.username()))
				.andExpect(jsonPath("$.directorHistory.length()").value(2))
				.andExpect(jsonPath("$.directorHistory[0].from").value(professional.username()))
				.andExpect(jsonPath("$.directorHistory[0].reason").value(containsString("veiligheid")));
		assertThat(events.stream(CaseDirectorChanged.class).filter(e -> e.household().value().equals(id)))
				.extracting(CaseDirectorChanged::newDirector)
				.containsExactly(professional.username(), colleague.username());
		// The director of another team changes the plan too.
		change(post("/api/v1/households/{id}/plan/goals", id).with(basic(colleague)), 1, """
				{"lifeDomain":"SAFETY","goalDescription":"Iedereen is veilig thuis","priority":1,"owner":"PROFESSIONAL"}""")
				.andExpect(status().isCreated());
	}

	@Test
	@DisplayName("PLAN-2: refuses a goal without an owner and other bad input with Dutch messages, saving nothing")
	void refusesBadInputAndSavesNothing() throws Exception {
		var id = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));

		change(post("/api/v1/households/{id}/plan/goals", id), 1, """
				{"lifeDomain":"HEALTH","goalDescription":"Beter slapen","priority":1}""")
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("owner"))
				.andExpect(jsonPath("$.errors[0].message").value("Kies wie aan dit doel werkt. Een doel zonder eigenaar kan niet."));
		change(post("/api/v1/households/{id}/plan/goals", id), 1, """
				{"lifeDomain":"NOWHERE","goalDescription":"Beter slapen","priority":1,"owner":"FAMILY"}""")
				.andExpect(status().isBadRequest());
		change(post("/api/v1/households/{id}/members", id), 0, """
				{"memberRole":"NETWORK_MEMBER","memberDateOfBirth":"2030-01-01"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("memberName", "memberDateOfBirth", "memberRelation")));
		change(post("/api/v1/households/{id}/plan/actions", id), 1, """
				{"actionGoal":"%s","actionDescription":"Bellen","performer":"FAMILY","performerName":"Moeder","dueOn":"2026-11-15"}"""
				.formatted(UUID.randomUUID()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("actionGoal", "dueOn")));
		change(post("/api/v1/households/{id}/plan/agreement", id), 1, """
				{"familyAgrees":false,"agreedOn":"2026-11-16"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("familyWords"));
		mvc.perform(post("/api/v1/households").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"householdName\":\" \"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("helpRequest", "householdName")));

		mvc.perform(get("/api/v1/households/{id}/plan", id).with(basic(professional)))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.goals.length()").value(0))
				.andExpect(jsonPath("$.versions[0].familyAgrees").doesNotExist());
		assertThat(count("household_member", id)).isZero();
		assertThat(jdbc.sql("select count(*) from household where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("PLAN-3: refuses a second household for the same help request")
	void refusesASecondHouseholdForTheSameHelpRequest() throws Exception {
		var helpRequest = RegisteredHelpRequests.register(registration, professional);
		createHousehold(professional, helpRequest);

		mvc.perform(post("/api/v1/households").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(helpRequest)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Deze hulpvraag hoort al bij een gezin."));
	}

	@Test
	@DisplayName("PLAN-2: a plan edited concurrently keeps the first edit and refuses the second with 409")
	void refusesAConcurrentEditWithoutLosingTheFirst() throws Exception {
		var id = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));
		var colleague = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());

		change(post("/api/v1/households/{id}/plan/goals", id), 1, """
				{"lifeDomain":"HOUSING","goalDescription":"Een eigen kamer voor Daan","priority":1,"owner":"PROVIDER"}""")
				.andExpect(status().isCreated());
		change(post("/api/v1/households/{id}/plan/goals", id).with(basic(colleague)), 1, """
				{"lifeDomain":"HEALTH","goalDescription":"Beter slapen","priority":2,"owner":"FAMILY"}""")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("Iemand anders heeft dit net gewijzigd")));
		change(post("/api/v1/households/{id}/members", id), 0, """
				{"memberName":"Sanne","memberRole":"PARENT"}""").andExpect(status().isCreated());
		change(post("/api/v1/households/{id}/members", id), 0, """
				{"memberName":"Piet","memberRole":"PARENT"}""").andExpect(status().isConflict());
		mvc.perform(post("/api/v1/households/{id}/plan/goals", id).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isPreconditionRequired());

		mvc.perform(get("/api/v1/households/{id}/plan", id).with(basic(professional)))
				.andExpect(jsonPath("$.version").value(2))
				.andExpect(jsonPath("$.goals.length()").value(1))
				.andExpect(jsonPath("$.goals[0].description").value("Een eigen kamer voor Daan"));
		assertThat(count("household_member", id)).isEqualTo(1);
	}

	@Test
	@DisplayName("PLAN-6, PLAN-7: refuses a placement without analysis and conference with Dutch reason codes, then allows it")
	void refusesAPlacementUntilAnalysisAndConferenceAreRecorded() throws Exception {
		var id = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));

		heavyStep(id, "{\"stepKind\":\"OUT_OF_HOME_PLACEMENT\",\"decidedOn\":\"2026-11-16\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/zware-stap-geweigerd")))
				.andExpect(jsonPath("$.refusals[*].code").value(containsInAnyOrder("VERKLARENDE_ANALYSE_ONTBREEKT",
						"EIGEN_KRACHT_CONFERENTIE_ONTBREEKT")));
		assertThat(count("heavy_step", id)).isZero();

		document(id, "EXPLANATORY_ANALYSIS", "2025-11-10", "Onveilige thuissituatie door spanningen");
		heavyStep(id, "{\"stepKind\":\"OUT_OF_HOME_PLACEMENT\",\"decidedOn\":\"2026-11-16\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.refusals[*].code").value(containsInAnyOrder("VERKLARENDE_ANALYSE_VERLOPEN",
						"EIGEN_KRACHT_CONFERENTIE_ONTBREEKT")))
				.andExpect(jsonPath("$.refusals[0].message").value(containsString("ouder dan 12 maanden")));

		document(id, "EXPLANATORY_ANALYSIS", "2026-11-02", "Opnieuw bekeken met het gezin");
		document(id, "EIGEN_KRACHT_CONFERENCE", "2026-11-09", "Oma biedt een plek; het netwerk helpt");
		heavyStep(id, "{\"stepKind\":\"OUT_OF_HOME_PLACEMENT\",\"decidedOn\":\"2026-11-16\"}")
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/{id}", id).with(basic(professional)))
				.andExpect(jsonPath("$.heavySteps[0].kind").value("OUT_OF_HOME_PLACEMENT"))
				.andExpect(jsonPath("$.documents.length()").value(3));
		assertThat(heavyStepPolicies.check(new HouseholdId(id), ProposedHeavyStep.placement(LocalDate.of(2026, 11, 16))).allowed())
				.isTrue();
	}

	@Test
	@DisplayName("PLAN-6: support longer than the municipality's configured duration needs a conference")
	void usesTheMunicipalitysConfiguredSupportDuration() throws Exception {
		var id = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));
		document(id, "EXPLANATORY_ANALYSIS", "2026-11-02", "Hulp werkt, meer tijd nodig");
		var fourMonths = "{\"stepKind\":\"EXTENSION_OF_SUPPORT\",\"decidedOn\":\"2026-11-16\",\"supportFrom\":\"2026-09-01\",\"supportUntil\":\"2027-01-01\"}";

		heavyStep(id, fourMonths).andExpect(status().isCreated());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		normSettings.schedule(admin, NormKey.SUPPORT_DURATION_REQUIRING_CONFERENCE, 3, LocalDate.of(2026, 11, 16),
				"Pilot kortere termijn");
		heavyStep(id, fourMonths)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.refusals[0].code").value("EIGEN_KRACHT_CONFERENTIE_ONTBREEKT"))
				.andExpect(jsonPath("$.refusals[0].message").value(containsString("langer dan 3 maanden")));
		heavyStep(id, "{\"stepKind\":\"EXTENSION_OF_SUPPORT\",\"decidedOn\":\"2026-11-16\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("supportFrom", "supportUntil")));
		assertThat(count("heavy_step", id)).isEqualTo(1);
	}

	@Test
	@DisplayName("PLAN-6, PLAN-7: the heavy-step durations are norms: 6 and 12 months for Oss and by default")
	void seedsTheHeavyStepNorms() {
		var oss = new nl.jeugdregie.identity.MunicipalityCode("0828");
		var today = LocalDate.of(2026, 11, 16);

		assertThat(norms.inEffect(oss, NormKey.SUPPORT_DURATION_REQUIRING_CONFERENCE, today).amount()).isEqualTo(6);
		assertThat(norms.inEffect(oss, NormKey.EXPLANATORY_ANALYSIS_VALIDITY, today).amount()).isEqualTo(12);
		assertThat(norms.inEffect(world.municipality(), NormKey.SUPPORT_DURATION_REQUIRING_CONFERENCE, today).amount()).isEqualTo(6);
		assertThat(norms.inEffect(world.municipality(), NormKey.EXPLANATORY_ANALYSIS_VALIDITY, today).amount()).isEqualTo(12);
	}

	@Test
	@DisplayName("PLAN-3: one family, one plan, one director: a young person already in a household is refused in another; existing duplicates go to the team lead")
	void refusesAYoungPersonInASecondHouseholdAndListsExistingDuplicatesForTheTeamLead() throws Exception {
		var first = bsnRequest("111222333");
		var household = createHousehold(professional, first);
		var number = jdbc.sql("select number from household where id = ?").param(household).query(String.class).single();

		// The same young person returns with a new request: not a second household.
		var returning = bsnRequest("111222333");
		mvc.perform(post("/api/v1/households").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(returning)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].field").value("helpRequest"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("gezin " + number)));

		// Nor as a member, by BSN, of another household.
		var other = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));
		change(post("/api/v1/households/{id}/members", other), 0,
				"{\"memberName\":\"Daan Jansen\",\"memberRole\":\"YOUNG_PERSON\",\"memberBsn\":\"1112.22.333\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].field").value("memberBsn"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("gezin " + number)));

		// A duplicate from before this rule is shown to the team lead to merge, not deleted.
		// (As before V16_3: the returning request linked to the other household, its young person backfilled.)
		jdbc.sql("""
				insert into household_help_request (help_request_id, household_id, client_id, linked_by, linked_at)
				select id, ?, client_id, 'migratie', now() from help_request where id = ?""")
				.params(other, returning).update();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		mvc.perform(get("/api/v1/households/duplicates").with(basic(lead))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0].households.length()").value(2))
				.andExpect(jsonPath("$[0].households[*].number").value(org.hamcrest.Matchers.hasItem(number)));
		mvc.perform(get("/api/v1/households/duplicates").with(basic(professional))).andExpect(status().isForbidden());

		// The team lead's page lists both households, linked, with their director.
		var page = mvc.perform(get("/gezinnen/dubbel").session(TestFixtures.login(mvc, lead)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Jeugdigen in meer dan één gezin", "volgens de hulpvragen", number, "/gezinnen/" + household,
				"/gezinnen/" + other);
		mvc.perform(get("/gezinnen/dubbel").session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isForbidden());
		var elsewhere = fixtures.newWorld();
		var otherLead = fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team());
		assertThat(mvc.perform(get("/gezinnen/dubbel").session(TestFixtures.login(mvc, otherLead)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(number)
				.contains("Er staan geen jeugdigen in meer dan één gezin.");
	}

	@Test
	@DisplayName("PLAN-3: of parallel households for requests about the same young person, exactly one is made")
	void makesOneHouseholdWhenRequestsAboutTheSameYoungPersonRace() throws Exception {
		var requests = new java.util.ArrayList<UUID>();
		for (int i = 0; i < 5; i++) {
			requests.add(bsnRequest("123456782"));
		}
		var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(5)) {
			var start = new java.util.concurrent.CountDownLatch(1);
			for (var request : requests) {
				pool.submit(() -> {
					start.await();
					statuses.add(mvc.perform(post("/api/v1/households").with(basic(professional))
									.contentType(MediaType.APPLICATION_JSON)
									.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(request)))
							.andReturn().getResponse().getStatus());
					return null;
				});
			}
			start.countDown();
		}
		assertThat(statuses).hasSize(5).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
		assertThat(jdbc.sql("select count(distinct household_id) from household_help_request where help_request_id in (:ids)")
				.param("ids", requests).query(Integer.class).single()).isEqualTo(1);
	}

	private UUID bsnRequest(String bsn) {
		return ((nl.jeugdregie.intake.RegistrationResult.Registered) registration.register(
				new nl.jeugdregie.intake.RegisterHelpRequest("Daan", "Jansen", java.time.LocalDate.of(2012, 4, 1), bsn,
						null, null, nl.jeugdregie.intake.Channel.PHONE, nl.jeugdregie.intake.Referrer.SCHOOL, "Vraag."),
				professional, java.time.Instant.parse("2026-11-02T09:00:00Z"))).id().value();
	}

	UUID createHousehold(CurrentUser user, UUID helpRequest) throws Exception {
		var body = mvc.perform(post("/api/v1/households").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(helpRequest)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	String addMember(UUID household, long version, String json) throws Exception {
		return JsonPath.read(change(post("/api/v1/households/{id}/members", household), version, json)
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	void document(UUID household, String kind, String date, String outcome) throws Exception {
		mvc.perform(post("/api/v1/households/{id}/documents", household).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"documentKind\":\"%s\",\"documentDate\":\"%s\",\"outcome\":\"%s\"}".formatted(kind, date, outcome)))
				.andExpect(status().isCreated());
	}

	ResultActions heavyStep(UUID household, String json) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/heavy-steps", household).with(basic(professional))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Posts a change on a version; the caller is the professional unless the request names another. */
	ResultActions change(MockHttpServletRequestBuilder request, long version, String json) throws Exception {
		return mvc.perform(request.with(r -> r.getHeader("Authorization") == null ? basic(professional).postProcessRequest(r) : r)
				.header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long count(String table, UUID household) {
		return jdbc.sql("select count(*) from " + table + " where household_id = ?").param(household).query(Long.class).single();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
