package nl.jeugdregie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.Vocabulary;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The household pages without JavaScript: plain posts, Dutch errors next to the fields, nothing half-saved. */
@IntegrationTest
class HouseholdUiIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser professional;
	MockHttpSession session;
	String household;

	@BeforeEach
	void setUp() throws Exception {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		session = TestFixtures.login(mvc, professional);
		household = mvc.perform(post("/gezinnen").session(session).with(csrf())
						.param("helpRequest", RegisteredHelpRequests.register(registration, professional).toString()).param("householdName", "Gezin Öztürk"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/gezinnen/*"))
				.andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	@DisplayName("PLAN-3: creates a household through the plain form with the creator as case director")
	void createsAHouseholdWithTheCreatorAsDirector() throws Exception {
		mvc.perform(get(household).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gezin Öztürk")))
				.andExpect(content().string(containsString("Test Jeugdprofessional (CJG Team Noord)")));
		mvc.perform(get(household + "/regisseur").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Regisseur bij het aanmaken van het gezin")));
		mvc.perform(post("/gezinnen").session(session).with(csrf()).param("householdName", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Vul de naam van het gezin in")))
				.andExpect(content().string(containsString("Er is geen hulpvraag meegegeven")));
	}

	@Test
	@DisplayName("PLAN-3: changes the director with a reason and shows the history")
	void changesTheDirectorWithAReasonAndShowsTheHistory() throws Exception {
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());

		mvc.perform(post(household + "/regisseur").session(session).with(csrf()).param("householdVersion", "0")
						.param("director", lead.username()).param("reason", "kort"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Schrijf de reden in 10 tot 500 tekens.")));
		mvc.perform(post(household + "/regisseur").session(session).with(csrf()).param("householdVersion", "0")
						.param("director", lead.username()).param("reason", "Teamleider neemt de regie over"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("message", "De regisseur is gewijzigd."));

		mvc.perform(get(household).session(session))
				.andExpect(content().string(containsString("Test Teamleider (CJG Team Noord)")));
		mvc.perform(get(household + "/regisseur").session(session))
				.andExpect(content().string(containsString("Teamleider neemt de regie over")));
	}

	@Test
	@DisplayName("PLAN-2: shows the error next to the owner of a goal and keeps what was typed; nothing saved")
	void refusesAGoalWithoutOwnerKeepingTheInput() throws Exception {
		mvc.perform(post(household + "/plan/doelen").session(session).with(csrf()).param("planVersion", "1")
						.param("lifeDomain", "HOUSING").param("goalDescription", "Een rustige slaapkamer").param("priority", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer het formulier")))
				.andExpect(content().string(containsString("Een doel zonder eigenaar kan niet.")))
				.andExpect(content().string(containsString("Een rustige slaapkamer")));

		assertThat(jdbc.sql("select count(*) from plan_goal g join cooperation_plan p on p.id = g.plan_id where p.household_id = ?")
				.param(UUID.fromString(household.substring(household.lastIndexOf('/') + 1))).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("PLAN-2: a goal added on an old plan version answers 409, keeps the input and saves nothing")
	void warnsAboutAConcurrentEditAndKeepsTheInput() throws Exception {
		mvc.perform(post(household + "/plan/doelen").session(session).with(csrf()).param("planVersion", "1")
						.param("lifeDomain", "HOUSING").param("goalDescription", "Eerste doel").param("priority", "1")
						.param("owner", "FAMILY"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post(household + "/plan/doelen").session(session).with(csrf()).param("planVersion", "1")
						.param("lifeDomain", "HEALTH").param("goalDescription", "Tweede doel, tegelijk getypt").param("priority", "2")
						.param("owner", "NETWORK"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Iemand anders heeft dit net gewijzigd")))
				.andExpect(content().string(containsString("Tweede doel, tegelijk getypt")))
				.andExpect(content().string(containsString("name=\"planVersion\" value=\"2\"")));
	}

	@Test
	@DisplayName("PLAN-6, PLAN-7: refuses a placement on the page with the Dutch reasons; nothing saved")
	void refusesAPlacementWithTheDutchReasons() throws Exception {
		mvc.perform(post(household + "/zware-stappen").session(session).with(csrf())
						.param("stepKind", "OUT_OF_HOME_PLACEMENT").param("decidedOn", "2026-11-16"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Voor een uithuisplaatsing is een verklarende analyse nodig.")))
				.andExpect(content().string(containsString("Eigen Kracht-conferentie of een familiegroepsplan nodig")));

		assertThat(jdbc.sql("select count(*) from heavy_step where household_id = ?")
				.param(UUID.fromString(household.substring(household.lastIndexOf('/') + 1))).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("Issue 13 item 2: the household opens as a summary with \"Wijzigen\" links and what is due next")
	void showsTheHouseholdAsASummaryWithItsTasks() throws Exception {
		var page = mvc.perform(get(household).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Wat moet er nu gebeuren?")))
				.andExpect(content().string(containsString("href=\"" + household + "/leden/nieuw\">Personen van het gezin toevoegen")))
				.andExpect(content().string(containsString("href=\"" + household + "/plan/doelen\">Doelen in het gezinsplan zetten")))
				.andExpect(content().string(containsString("href=\"" + household + "/regisseur\">Wijzigen<span class=\"jr-visually-hidden\"> regisseur</span>")))
				.andReturn().getResponse().getContentAsString();
		// The summary shows no form: each action has its own page.
		assertThat(page).doesNotContain("name=\"memberName\"").doesNotContain("name=\"director\"");
		assertThat(Vocabulary.violations(Vocabulary.visibleText(page))).isEmpty();
	}

	@Test
	@DisplayName("Issue 13 item 2: each action has its own page; saved, it returns to the summary with a banner and the task is gone")
	void eachActionHasItsOwnPageAndReturnsToTheSummary() throws Exception {
		for (var action : List.of("/leden/nieuw", "/regisseur", "/plan/wensen", "/plan/doelen", "/plan/acties", "/plan/akkoord")) {
			var page = mvc.perform(get(household + action).session(session)).andExpect(status().isOk())
					.andExpect(content().string(containsString("aria-label=\"Kruimelpad\"")))
					.andReturn().getResponse().getContentAsString();
			assertThat(Vocabulary.violations(Vocabulary.visibleText(page))).as(action).isEmpty();
		}
		mvc.perform(get(household + "/leden/nieuw").session(session))
				.andExpect(content().string(containsString("action=\"" + household + "/leden\"")));
		mvc.perform(post(household + "/leden").session(session).with(csrf()).param("householdVersion", "0")
						.param("memberName", "Milan Öztürk").param("memberRole", "YOUNG_PERSON").param("memberRelation", "zoon"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(household))
				.andExpect(flash().attribute("message", "De persoon is toegevoegd aan het gezin."));
		mvc.perform(get(household).session(session))
				.andExpect(content().string(containsString("Milan Öztürk")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Personen van het gezin toevoegen"))));
	}

	@Test
	@DisplayName("Issue 13 item 2: a refused action stays on its own page with the error next to the field")
	void aRefusedActionStaysOnItsPage() throws Exception {
		mvc.perform(post(household + "/leden").session(session).with(csrf()).param("householdVersion", "0")
						.param("memberRole", "PARENT"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer het formulier")))
				.andExpect(content().string(containsString("<title>Fout: Persoon toevoegen")))
				.andExpect(content().string(containsString("id=\"memberName-fout\"")));
	}

	@Test
	@DisplayName("PLAN-6, PLAN-7, issue 13 item 2: a heavy step the rules allow shows a check page first and saves nothing until confirmed")
	void aHeavyStepAsksForACheckFirst() throws Exception {
		var id = UUID.fromString(household.substring(household.lastIndexOf('/') + 1));
		mvc.perform(post(household + "/zware-stappen/controleren").session(session).with(csrf())
						.param("stepKind", "OUT_OF_HOME_PLACEMENT").param("decidedOn", "2026-11-16"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Voor een uithuisplaatsing is een verklarende analyse nodig.")));
		mvc.perform(post(household + "/documenten").session(session).with(csrf()).param("documentKind", "EXPLANATORY_ANALYSIS")
						.param("documentDate", "2026-11-02").param("outcome", "Thuis is het nu niet veilig genoeg."))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post(household + "/documenten").session(session).with(csrf()).param("documentKind", "EIGEN_KRACHT_CONFERENCE")
						.param("documentDate", "2026-11-09").param("outcome", "Oma biedt een plek; het netwerk helpt."))
				.andExpect(status().is3xxRedirection());

		mvc.perform(post(household + "/zware-stappen/controleren").session(session).with(csrf())
						.param("stepKind", "OUT_OF_HOME_PLACEMENT").param("decidedOn", "2026-11-16"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer het besluit")))
				.andExpect(content().string(containsString("Ja, besluit vastleggen")))
				.andExpect(content().string(containsString("action=\"" + household + "/zware-stappen\"")))
				.andExpect(content().string(containsString("name=\"stepKind\" value=\"OUT_OF_HOME_PLACEMENT\"")));
		assertThat(jdbc.sql("select count(*) from heavy_step where household_id = ?").param(id).query(Long.class).single())
				.isZero();

		mvc.perform(post(household + "/zware-stappen").session(session).with(csrf())
						.param("stepKind", "OUT_OF_HOME_PLACEMENT").param("decidedOn", "2026-11-16"))
				.andExpect(redirectedUrl(household + "/zware-stappen"))
				.andExpect(flash().attribute("message", "De zware stap is vastgelegd."));
		assertThat(jdbc.sql("select count(*) from heavy_step where household_id = ?").param(id).query(Long.class).single())
				.isOne();
	}
}
