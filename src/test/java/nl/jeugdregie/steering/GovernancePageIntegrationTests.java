package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The governance screens (STU-1, STU-6): Dutch refusals next to the fields with nothing saved, and the PDF reports. */
@IntegrationTest
class GovernancePageIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("STU-6: the screens refuse a meeting before the assignment year and a frequency of 0, in Dutch")
	void refusesAMeetingBeforeTheYearAndAFrequencyOfZeroOnTheScreen() throws Exception {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		var session = officer(world);

		mvc.perform(post("/sturing/overleg").session(session).with(csrf()).param("type", "TRANSFORMATION")
						.param("date", "2025-06-01"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(
						"Het overleg kan niet voor het begin van het opdrachtjaar 2026 zijn. Kies 1-1-2026 of later.")))
				.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/sturing/overleg/ritme").session(session).with(csrf()).param("type", "TRANSFORMATION")
						.param("frequency", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("De frequentie is een heel getal van 1 tot en met 52.")));
		mvc.perform(post("/sturing/overleg/ritme").session(session).with(csrf()).param("type", "TRANSFORMATION")
						.param("frequency", "vaak"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("De frequentie is een heel getal, bijvoorbeeld 3.")));

		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_meeting where municipality_code = ?",
				world.municipality().value())).isZero();
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_meeting_rhythm where municipality_code = ?",
				world.municipality().value())).isZero();
	}

	@Test
	@DisplayName("STU-6: plans a meeting on the screen and shows its prepared agenda")
	void plansAMeetingAndShowsItsAgenda() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		jdbc.sql("update steering_risk set probability = 3, damage = 2 where id = ?").param(test.riskId()).update();
		var session = officer(world);

		var location = mvc.perform(post("/sturing/overleg").session(session).with(csrf()).param("type", "ALIGNMENT")
						.param("date", "2026-12-07"))
				.andExpect(status().isFound()).andExpect(redirectedUrlPattern("/sturing/overleg/*"))
				.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).session(session)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Afstemmingsoverleg op 7 december 2026")))
				.andExpect(content().string(Matchers.containsString("Risico met effect 6: Jongeren komen steeds later samen.")));
		mvc.perform(get("/sturing/overleg").session(session)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("7 december 2026 (agenda)")))
				.andExpect(content().string(Matchers.containsString("Er is nog geen transformatieoverleg geweest")));
	}

	@Test
	@DisplayName("STU-6: the screens refuse an impact analysis with a negative FTE and a decision without reason")
	void refusesANegativeImpactAnalysisAndADecisionWithoutReasonOnTheScreen() throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), LocalDate.of(2026, 11, 2));
		var session = officer(world);

		mvc.perform(post("/sturing/opdrachtverzoeken").session(session).with(csrf()).param("title", "Buurtsportcoach")
						.param("currentSituation", "Geen aanbod.").param("desiredSituation", "Elke wijk een coach.")
						.param("fit", "Past.").param("fte", "-0,5").param("budget", "1.000,00")
						.param("sourceOfFunds", "Herschikking").param("typeOfWorkId", "").param("targetGroup", "YOUTH"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("De fte kan niet negatief zijn. Vul 0 of meer in.")));
		mvc.perform(post("/sturing/opdrachtverzoeken/" + test.requestId() + "/besluit").session(session).with(csrf())
						.param("decision", "ACCEPTED").param("reason", "").param("date", "2026-11-16"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(
						"Schrijf de reden van het besluit op. Een besluit zonder reden wordt niet opgeslagen.")));

		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_assignment_request where assignment_id = ?",
				test.assignment().assignmentId())).isOne();
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_assignment_request where status = 'REQUESTED' and id = ?",
				test.requestId())).isOne();
	}

	@Test
	@DisplayName("STU-1: starts the next year on the screen, and refuses the same year twice")
	void startsTheNextYearOnTheScreen() throws Exception {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		var session = officer(world);

		mvc.perform(get("/sturing/opdracht/beheer").session(session)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Opdracht 2027 starten als kopie van 2026")));
		mvc.perform(post("/sturing/opdracht/nieuw-jaar").session(session).with(csrf())).andExpect(status().isFound());
		mvc.perform(get("/sturing").session(session))
				.andExpect(content().string(Matchers.containsString("Opdracht welzijnswerk 2027")));
		mvc.perform(post("/sturing/werksoorten").session(session).with(csrf()).param("name", "")
						.param("targetGroup", "ADULTS").param("desiredSituation", "Iedereen doet mee."))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Vul de naam van de werksoort in.")));
	}

	@Test
	@DisplayName("STU-6: the half-yearly progress report and the council overview as PDF, with high risks and decisions")
	void writesTheProgressReportAndCouncilOverviewAsPdf() throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), LocalDate.of(2026, 11, 2));
		jdbc.sql("update steering_risk set probability = 3, damage = 3 where id = ?").param(test.assignment().riskId()).update();
		jdbc.sql("update steering_agenda_item set decision = 'Extra avondinzet in de Ruwaard.' where id = ?")
				.param(test.itemId()).update();
		var session = officer(world);

		var progress = text(mvc.perform(get("/sturing/rapportage/voortgang.pdf?jaar=2026&halfjaar=2").session(session))
				.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
				.andReturn().getResponse().getContentAsByteArray());
		assertThat(progress)
				.contains("Voortgangsrapportage 2e halfjaar 2026, gemeente Testgemeente " + world.municipality().value())
				.contains("Periode 1-7-2026 tot en met 31-12-2026")
				.contains("Jongerenwerk", "Jongeren zijn bekend.")
				.contains("HOOG: Jongeren komen steeds later samen. 3 3 9")
				.contains("Totaal opdracht 0,10 € 9.000,00")
				.contains("Begrotingsplafond € 10.000,00, nog € 1.000,00 ruimte.")
				.contains("Transformatieoverleg 2-11-2026")
				.contains("Besluit: Extra avondinzet in de Ruwaard.")
				.contains("Buurtsportcoach: Wacht op besluit");

		var council = text(mvc.perform(get("/sturing/rapportage/raad.pdf?jaar=2026").session(session))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(council).contains("Raadsinformatie: jaaroverzicht 2026", "Periode 1-1-2026 tot en met 31-12-2026");

		var firstHalf = text(mvc.perform(get("/sturing/rapportage/voortgang.pdf?jaar=2026&halfjaar=1").session(session))
				.andReturn().getResponse().getContentAsByteArray());
		assertThat(firstHalf).contains("Geen overleggen in deze periode.").doesNotContain("Extra avondinzet");
	}

	private MockHttpSession officer(TestFixtures.World world) throws Exception {
		return TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
	}

	private static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
