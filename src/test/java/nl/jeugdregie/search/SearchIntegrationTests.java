package nl.jeugdregie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, item 1 (SEC-2): the search box finds a child by name, date of birth, BSN and HV number in the user's
 * municipality only; files of the own team with name and date of birth, files of another team by number only with
 * the reason form; every file shown with personal data is a read in the audit trail (ADR 0032).
 */
@IntegrationTest
class SearchIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	private CurrentUser professional;
	private RegistrationResult.Registered own;
	private RegistrationResult.Registered otherTeams;
	private RegistrationResult.Registered otherMunicipalitys;

	@BeforeEach
	void registerRequests() {
		var world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var colleague = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var elsewhere = fixtures.newWorld();
		own = register(professional, "Noor", "Smit", "123456782");
		otherTeams = register(colleague, "Noor", "Jansen", null);
		otherMunicipalitys = register(fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team()),
				"Noor", "Smit", "123456782");
	}

	@Test
	@DisplayName("Issue 13, SEC-2: a name finds the own team's file with name, another team's by number with the reason form, never another municipality's")
	void findsByNameWithAccessPerFile() throws Exception {
		var page = mvc.perform(get("/zoeken").param("q", "noor").session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(own.number(), "Noor Smit", "3-5-2017", "Dossiers die u mag openen");
		assertThat(page).contains(otherTeams.number(), "Openen met reden",
				"/hulpvragen/" + otherTeams.id() + "/inzage");
		assertThat(page).doesNotContain("Jansen").doesNotContain(otherMunicipalitys.number());
	}

	@Test
	@DisplayName("Issue 13: part of a name, a date of birth, a BSN and an HV number each find the file")
	void findsByEveryKindOfTerm() throws Exception {
		var session = TestFixtures.login(mvc, professional);
		for (var query : new String[] { "smi", "Noor Smit", "3-5-2017", "2017-05-03", "123456782", own.number().toLowerCase() }) {
			var page = mvc.perform(get("/zoeken").param("q", query).session(session)).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
			assertThat(page).as(query).contains(own.number()).doesNotContain(otherMunicipalitys.number());
		}
	}

	@Test
	@DisplayName("Issue 13, ADR 0032: each file shown with personal data is recorded as a read; a file shown by number only is not")
	void recordsEveryFileShownAsARead() throws Exception {
		mvc.perform(get("/zoeken").param("q", "noor").session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk());

		assertThat(reads(own.number())).isEqualTo(1);
		assertThat(reads(otherTeams.number())).isZero();
	}

	@Test
	@DisplayName("Issue 13: the API answers the same, with no name for a file of another team, and refuses one character in Dutch")
	void answersInTheApi() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "Noor").with(TestFixtures.api(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.searchedBy").value("naam"))
				.andExpect(jsonPath("$.files.length()").value(1))
				.andExpect(jsonPath("$.files[0].number").value(own.number()))
				.andExpect(jsonPath("$.files[0].name").value("Noor Smit"))
				.andExpect(jsonPath("$.withReason.length()").value(1))
				.andExpect(jsonPath("$.withReason[0].number").value(otherTeams.number()))
				.andExpect(jsonPath("$.withReason[0].name").doesNotExist());
		mvc.perform(get("/api/v1/search").param("q", "N").with(TestFixtures.api(professional)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("q"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Typ minimaal 2 tekens")));
	}

	@Test
	@DisplayName("Issue 13: a household is found by its GZ number and its name, and listed on /gezinnen")
	void findsAndListsHouseholds() throws Exception {
		var created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/households")
						.with(TestFixtures.api(professional))
						.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Smit\"}".formatted(own.id().value())))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		var number = jdbc.sql("select number from household where id = ?::uuid").param(id).query(String.class).single();
		var session = TestFixtures.login(mvc, professional);

		for (var query : new String[] { number, "gezin smit" }) {
			assertThat(mvc.perform(get("/zoeken").param("q", query).session(session)).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString()).as(query).contains("/gezinnen/" + id, "Gezin " + number);
		}
		assertThat(mvc.perform(get("/gezinnen").session(session)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString()).contains("1 gezin", number, "Gezin Smit");
	}

	private long reads(String number) {
		return jdbc.sql("select count(*) from audit_event where subject = ? and action = 'READ' and what like 'Gevonden bij zoeken%'")
				.param("Hulpvraag " + number).query(Long.class).single();
	}

	private RegistrationResult.Registered register(CurrentUser by, String given, String family, @Nullable String bsn) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest(given, family,
				LocalDate.of(2017, 5, 3), bsn, null, null, Channel.PHONE, Referrer.SCHOOL, "Zorgen over slapen.", false),
				by, Instant.parse("2026-11-10T09:00:00Z"));
	}
}
