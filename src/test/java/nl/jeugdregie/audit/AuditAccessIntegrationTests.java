package nl.jeugdregie.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@DisplayName("SEC-2: the administrator (and for the access history the privacy officer) reads the audit trail, only of their own municipality")
class AuditAccessIntegrationTests {

	private static final String SUBJECT = "Hulpvraag HV-2026-000123";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired AuditTrail auditTrail;
	@Autowired PlatformTransactionManager transactions;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2: the administrator and the privacy officer read the access history through the API")
	void letsOnlyTheAdministratorAndThePrivacyOfficerReadTheAccessHistoryThroughTheApi(Role role) throws Exception {
		var user = userOf(fixtures.newWorld(), role);

		mvc.perform(get("/api/v1/audit/access-history").param("client", ClientId.random().toString())
						.with(TestFixtures.api(user)))
				.andExpect(status().is(role == Role.ADMINISTRATOR || role == Role.PRIVACY_OFFICER ? 200 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void letsOnlyTheAdministratorVerifyTheChainThroughTheApi(Role role) throws Exception {
		var user = userOf(fixtures.newWorld(), role);

		mvc.perform(get("/api/v1/audit/verification").with(TestFixtures.api(user)))
				.andExpect(status().is(role == Role.ADMINISTRATOR ? 200 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2: the access history page for the administrator and the privacy officer, its verification for the administrator")
	void showsTheAccessHistoryPagesOnlyToTheAdministratorAndThePrivacyOfficer(Role role) throws Exception {
		var session = logIn(userOf(fixtures.newWorld(), role));
		var expected = role == Role.ADMINISTRATOR ? 200 : 403;
		var history = role == Role.ADMINISTRATOR || role == Role.PRIVACY_OFFICER ? 200 : 403;

		mvc.perform(get("/beheer/audit").session(session)).andExpect(status().is(history));
		mvc.perform(get("/beheer/audit").param("subject", SUBJECT).session(session)).andExpect(status().is(history));
		mvc.perform(get("/beheer/audit/controle").session(session)).andExpect(status().is(expected));
	}

	@Test
	void showsTheAdministratorOnlyRowsOfTheirOwnMunicipality() throws Exception {
		var oss = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var ossWorker = userOf(oss, Role.YOUTH_PROFESSIONAL);
		var otherWorker = userOf(elsewhere, Role.YOUTH_PROFESSIONAL);
		var admin = userOf(oss, Role.ADMINISTRATOR);
		var client = ClientId.random();
		auditTrail.record(ClientFileAccess.read(ossWorker, client, SUBJECT, "Hulpvraag geopend", null));
		auditTrail.record(ClientFileAccess.read(otherWorker, client, SUBJECT, "Hulpvraag geopend", null));

		mvc.perform(get("/api/v1/audit/access-history").param("client", client.toString())
						.with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].actorUsername", contains(ossWorker.username())));
		mvc.perform(get("/beheer/audit").param("client", client.toString()).session(logIn(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(ossWorker.username())))
				.andExpect(content().string(not(containsString(otherWorker.username()))));
	}

	@Test
	void listsAClientsAccessesNewestFirstWithWhoWhatAndWhy() throws Exception {
		var world = fixtures.newWorld();
		var worker = userOf(world, Role.YOUTH_PROFESSIONAL);
		var admin = userOf(world, Role.ADMINISTRATOR);
		var client = ClientId.random();
		inTransaction(() -> auditTrail.record(ClientFileAccess.created(worker, client, SUBJECT, "Hulpvraag geregistreerd")));
		auditTrail.record(ClientFileAccess.read(worker, client, SUBJECT, "Hulpvraag geopend", "Waarneming voor collega"));

		mvc.perform(get("/api/v1/audit/access-history").param("client", client.toString())
						.with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(header().string("Result-Truncated", "false"))
				.andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].action").value("READ"))
				.andExpect(jsonPath("$[0].what").value("Hulpvraag geopend"))
				.andExpect(jsonPath("$[0].reason").value("Waarneming voor collega"))
				.andExpect(jsonPath("$[0].actorRole").value("YOUTH_PROFESSIONAL"))
				.andExpect(jsonPath("$[0].subject").value(SUBJECT))
				.andExpect(jsonPath("$[1].action").value("CREATE"));
		mvc.perform(get("/beheer/audit").param("subject", SUBJECT).param("client", "").session(logIn(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Waarneming voor collega")))
				.andExpect(content().string(containsString("Jeugdprofessional")))
				.andExpect(content().string(not(containsString("aria-invalid"))))
				.andExpect(content().string(containsString("<th class=\"utrecht-table__header-cell\" scope=\"col\">Wanneer</th>")));
	}

	@Test
	void findsAccessesByFileReference() throws Exception {
		var world = fixtures.newWorld();
		var worker = userOf(world, Role.TEAM_LEAD);
		var admin = userOf(world, Role.ADMINISTRATOR);
		var subject = "Hulpvraag HV-2026-" + world.municipality();
		auditTrail.record(ClientFileAccess.refused(worker, null, subject, "Inzage geweigerd"));

		mvc.perform(get("/api/v1/audit/access-history").param("subject", subject)
						.with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].action", contains("REFUSED")));
	}

	@Test
	void capsTheAccessHistoryAndSaysSo() throws Exception {
		var world = fixtures.newWorld();
		var worker = userOf(world, Role.YOUTH_PROFESSIONAL);
		var admin = userOf(world, Role.ADMINISTRATOR);
		var client = ClientId.random();
		inTransaction(() -> {
			for (int i = 0; i < 501; i++) {
				auditTrail.record(ClientFileAccess.updated(worker, client, SUBJECT, "Hulpvraag gewijzigd"));
			}
		});

		mvc.perform(get("/api/v1/audit/access-history").param("client", client.toString())
						.with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(header().string("Result-Truncated", "true"))
				.andExpect(header().string("Result-Limit", "500"))
				.andExpect(jsonPath("$", hasSize(500)));
		mvc.perform(get("/beheer/audit").param("client", client.toString()).session(logIn(admin)))
				.andExpect(content().string(containsString("U ziet alleen de nieuwste 500 regels.")));
	}

	@Test
	void answersAnInvalidClientIdWithAProblem() throws Exception {
		var admin = userOf(fixtures.newWorld(), Role.ADMINISTRATOR);

		mvc.perform(get("/api/v1/audit/access-history").param("client", "geen-uuid")
						.with(TestFixtures.api(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith("Dit cliëntnummer klopt niet.")));
		mvc.perform(get("/api/v1/audit/access-history").with(TestFixtures.api(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/beheer/audit").param("client", "geen-uuid").param("subject", "").session(logIn(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dit cliëntnummer klopt niet.")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void reportsTheChainIntactToTheAdministrator() throws Exception {
		var admin = userOf(fixtures.newWorld(), Role.ADMINISTRATOR);

		mvc.perform(get("/api/v1/audit/verification").with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(true))
				.andExpect(jsonPath("$.summary", startsWith("intact (")));
		mvc.perform(get("/beheer/audit/controle").session(logIn(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Het inzagelog is in orde.")));
	}

	private CurrentUser userOf(World world, Role role) {
		return fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
	}

	private MockHttpSession logIn(CurrentUser user) throws Exception {
		return TestFixtures.pastSecondStep((MockHttpSession) mvc.perform(formLogin("/inloggen").user(user.username()).password(TestFixtures.PASSWORD))
				.andReturn().getRequest().getSession(false));
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}
}
