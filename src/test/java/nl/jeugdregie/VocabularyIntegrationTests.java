package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, item 8, on the rendered pages: what each role reads on its main pages (including texts made in Java,
 * such as the start page's items and the household's tasks) keeps the vocabulary of docs/glossary.md: no banned
 * variant, no requirement code, no "1 hulpvragen". Complements {@link VocabularyUnitTests} (templates and bundles).
 */
@IntegrationTest
class VocabularyIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("Issue 13 item 8: the main pages of every role show one word per concept and no requirement codes")
	void everyRolesMainPagesKeepTheVocabulary() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var session = TestFixtures.login(mvc, professional);
		var file = "/hulpvragen/" + register(professional);
		var household = mvc.perform(post("/gezinnen").session(session).with(csrf())
						.param("helpRequest", register(professional)).param("householdName", "Gezin Bakker"))
				.andReturn().getResponse().getRedirectedUrl();
		assertThat(household).startsWith("/gezinnen/");

		var found = new ArrayList<String>();
		check(session, found, List.of("/", "/werklijst", "/hulpvragen", "/hulpvragen/nieuw", file, file + "/veiligheid",
				"/team", "/gezinnen", household, household + "/leden/nieuw", household + "/regisseur",
				household + "/plan", household + "/plan/wensen", household + "/plan/doelen", household + "/plan/acties",
				household + "/plan/akkoord", household + "/mdo", household + "/voortgang", household + "/plan/gezin",
				household + "/zware-stappen", household + "/toekomstplan", "/toekomstplannen", "/maatschappelijk-werk"));
		check(TestFixtures.login(mvc, fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team())), found,
				List.of("/", "/werklijst", "/team", "/dashboard", "/rapportages", "/rapportages/maand", "/rapportages/kpi"));
		check(TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null)), found,
				List.of("/", "/dashboard", "/rapportages", "/rapportages/kwartaal", "/rapportages/halfjaar",
						"/rapportages/kpi", "/beheer/normen", "/sturing"));
		check(TestFixtures.login(mvc, fixtures.user(Role.ADMINISTRATOR, world.municipality(), null)), found,
				List.of("/", "/beheer/teams", "/beheer/gebruikers", "/beheer/normen", "/beheer/leefgebieden"));
		assertThat(found).isEmpty();
	}

	private void check(MockHttpSession session, List<String> found, List<String> paths) throws Exception {
		for (var path : paths) {
			var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			Vocabulary.violations(Vocabulary.visibleText(response.getContentAsString()))
					.forEach(v -> found.add(path + ": " + v));
		}
	}

	private String register(CurrentUser professional) {
		var result = registration.register(new RegisterHelpRequest("Noor", "Bakker", LocalDate.of(2017, 2, 14), null,
				"Eva Bakker", "moeder", Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Zorgen over slapen en school."),
				professional, Instant.parse("2026-11-10T09:00:00Z"));
		return ((RegistrationResult.Registered) result).id().value().toString();
	}
}
