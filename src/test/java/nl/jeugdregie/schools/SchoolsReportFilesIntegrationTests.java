package nl.jeugdregie.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.schools.internal.location.LocationService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** OND-3, OND-5, OND-7 (ADR 0041): the schools report as CSV and PDF, with the letter's figures and suppressed counts. */
@IntegrationTest
@DisplayName("Issue 17: the schools report as CSV and PDF (OND-3, OND-5, OND-7)")
class SchoolsReportFilesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired LocationService locations;
	@Autowired Clock clock;

	@Test
	@DisplayName("OND-5, OND-7: the policy officer downloads the report with the letter's figures 47 / 12 / 11 / 35; people counts go through the disclosure control")
	void downloadsTheReportAsCsvAndPdf() throws Exception {
		var world = fixtures.newWorld();
		var policy = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		SchoolsTestData.theLettersFigures(locations, policy, LocalDate.now(clock).minusYears(1));
		var code = world.municipality().value();

		var csv = new String(mvc.perform(get("/api/v1/reports/schools").param("format", "csv")
				.with(SchoolsApiIntegrationTests.basic(policy))).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv.replace("\uFEFF", "")).startsWith("gemeente;onderdeel;groep;periode;aantal;markering")
				.contains(code + ";aansluiting;locaties;").contains(";47;\r\n")
				.contains(code + ";aansluiting;extra afgesproken;").contains(";12;\r\n")
				.contains(code + ";aansluiting;extra gerealiseerd;").contains(";11;\r\n")
				.contains(code + ";aansluiting;basis;").contains(";35;\r\n")
				.contains(";per maand;vragen van scholen;").contains(";per maand;nieuwe thuiszitters;")
				.contains("# ");
		// No questions from schools in this world: zero is published as zero, not left out.
		assertThat(csv).contains(";vragen van scholen;totaal;");

		var session = TestFixtures.login(mvc, policy);
		var pdf = mvc.perform(get("/rapportages/scholen.pdf").session(session)).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		var page = mvc.perform(get("/rapportages/scholen").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("47 locaties, 12 met een extra aansluiting (waarvan 11 gerealiseerd), 35 met een basisaansluiting");
		var lead = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		assertThat(mvc.perform(get("/api/v1/reports/schools").param("format", "csv")
				.with(SchoolsApiIntegrationTests.basic(lead))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}
}
