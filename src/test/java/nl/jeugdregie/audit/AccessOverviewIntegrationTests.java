package nl.jeugdregie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * SEC-2 (issue 11 item 6): the privacy officer exports, per client found by BSN or file number, who accessed the
 * files when and why (AVG article 15), as JSON and as an accessible PDF with the municipality, the date and page
 * numbers. What the family may see (ADR 0025): names of the municipality's own staff, only the organisation of
 * others, no usernames or source addresses. Making the overview is recorded in the audit trail.
 */
@IntegrationTest
@DisplayName("SEC-2: the privacy officer's AVG article 15 overview of accesses")
class AccessOverviewIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ReasonedFileReads reads;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("SEC-2: who, role, team, moment, action, reason, outcome and organisation per access, as JSON; the making is audited")
	void listsEveryAccessToTheClientsFilesAsTheFamilyMaySeeIt() throws Exception {
		var oss = new BreakTheGlassWorld(fixtures, registration, reads, jdbc);
		oss.readWithReason();
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		mvc.perform(get("/api/v1/help-requests/{id}", oss.request.value()).with(basic(stranger)))
				.andExpect(status().isNotFound());
		var municipality = "Testgemeente " + oss.world.municipality().value();

		mvc.perform(post("/api/v1/access-overviews").with(basic(oss.privacyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"reference\":\"1234.56.782\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.municipality").value(municipality))
				.andExpect(jsonPath("$.madeFor").value("BSN •••••782"))
				.andExpect(jsonPath("$.files[0]").value("Hulpvraag " + oss.number))
				.andExpect(jsonPath("$.lines", hasSize(3)))
				.andExpect(jsonPath("$.lines[0].action").value("Hulpvraag geregistreerd"))
				.andExpect(jsonPath("$.lines[0].who").value("Test Jeugdprofessional"))
				.andExpect(jsonPath("$.lines[0].team").value("CJG Team Noord"))
				.andExpect(jsonPath("$.lines[0].organisation").value("Gemeente " + municipality))
				.andExpect(jsonPath("$.lines[1].action").value("Hulpvraag geopend"))
				.andExpect(jsonPath("$.lines[1].team").value("CJG Team Zuid"))
				.andExpect(jsonPath("$.lines[1].reason").value(BreakTheGlassWorld.REASON))
				.andExpect(jsonPath("$.lines[1].outcome").value("Toegestaan"))
				.andExpect(jsonPath("$.lines[1].role").value("Jeugdprofessional"))
				.andExpect(jsonPath("$.lines[2].who").value("Medewerker van gemeente Testgemeente " + elsewhere.municipality().value()))
				.andExpect(jsonPath("$.lines[2].organisation").value("Gemeente Testgemeente " + elsewhere.municipality().value()))
				.andExpect(jsonPath("$.lines[2].outcome").value("Geweigerd"))
				.andExpect(jsonPath("$.lines[0].moment").exists())
				// Not for the family: usernames, source addresses, internal ids.
				.andExpect(content().string(not(containsString(oss.colleague.username()))))
				.andExpect(content().string(not(containsString(stranger.username()))))
				.andExpect(content().string(not(containsString("127.0.0.1"))))
				.andExpect(content().string(not(containsString(oss.request.value().toString()))));

		assertThat(oss.auditRows(AuditAction.ACCESS_OVERVIEW_MADE)).isEqualTo(1);
		assertThat(jdbc.sql("select actor_username || ' ' || what from audit_event where municipality_code = ? and action = 'ACCESS_OVERVIEW_MADE'")
				.param(oss.world.municipality().value()).query(String.class).single())
				.isEqualTo(oss.privacyOfficer.username() + " Inzageoverzicht gemaakt via de API (3 regels)");
	}

	@Test
	@DisplayName("SEC-2: found by file number too; an unknown client is 404, a typo 400 in Dutch; another municipality finds nothing")
	void findsTheClientByFileNumberAndRefusesWhatItCannotFind() throws Exception {
		var oss = new BreakTheGlassWorld(fixtures, registration, reads, jdbc);

		mvc.perform(post("/api/v1/access-overviews").with(basic(oss.privacyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"reference\":\"" + oss.number.toLowerCase() + "\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.madeFor").value("dossiernummer " + oss.number))
				.andExpect(jsonPath("$.lines", hasSize(1)));
		mvc.perform(post("/api/v1/access-overviews").with(basic(oss.privacyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"reference\":\"111222333\"}"))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/access-overviews").with(basic(oss.privacyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"reference\":\"12345\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reference"))
				.andExpect(jsonPath("$.errors[0].message", startsWith("Dit is geen geldig BSN of dossiernummer.")));
		var elsewhere = fixtures.newWorld();
		mvc.perform(post("/api/v1/access-overviews").with(basic(fixtures.user(Role.PRIVACY_OFFICER, elsewhere.municipality(), null)))
						.contentType(MediaType.APPLICATION_JSON).content("{\"reference\":\"" + BreakTheGlassWorld.BSN + "\"}"))
				.andExpect(status().isNotFound());
		// Only the successful overview is recorded.
		assertThat(oss.auditRows(AuditAction.ACCESS_OVERVIEW_MADE)).isEqualTo(1);
	}

	@Test
	@DisplayName("SEC-2: the overview as accessible PDF in plain Dutch with municipality, date made and page numbers")
	void writesTheOverviewAsAnAccessiblePdf() throws Exception {
		var oss = new BreakTheGlassWorld(fixtures, registration, reads, jdbc);
		oss.readWithReason();
		var session = TestFixtures.login(mvc, oss.privacyOfficer);

		mvc.perform(post("/beheer/privacy/inzageoverzicht").session(session).with(csrf()).param("reference", BreakTheGlassWorld.BSN))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(BreakTheGlassWorld.REASON)))
				.andExpect(content().string(containsString("Download als PDF")));
		mvc.perform(post("/beheer/privacy/inzageoverzicht").session(session).with(csrf()).param("reference", "geen nummer"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Inzageoverzicht")));
		var pdf = mvc.perform(post("/beheer/privacy/inzageoverzicht.pdf").session(session).with(csrf())
						.param("reference", BreakTheGlassWorld.BSN))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();

		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text)
					.contains("Wie heeft uw dossier bekeken?")
					.contains("Gemeente Testgemeente " + oss.world.municipality().value() + ". Gemaakt op 16 november 2026, voor BSN •••••782.")
					.contains("Hulpvraag " + oss.number)
					.contains(BreakTheGlassWorld.REASON)
					.contains("Geen reden nodig: eigen team")
					.contains("CJG Team Zuid")
					.contains("Pagina 1 van 1")
					.doesNotContain(oss.colleague.username())
					.doesNotContain(BreakTheGlassWorld.BSN);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wie heeft uw dossier bekeken?");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
		}
		assertThat(oss.auditRows(AuditAction.ACCESS_OVERVIEW_MADE)).isEqualTo(2);
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
