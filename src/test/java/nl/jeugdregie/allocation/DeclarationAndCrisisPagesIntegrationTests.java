package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15: declaring on screen (TOEW-9) and recording crisis care on screen (TOEW-1), without JavaScript. */
@IntegrationTest
@DisplayName("Issue 15: the declaration page and the crisis-care form (TOEW-9, TOEW-1)")
class DeclarationAndCrisisPagesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("TOEW-9: a provider declares on the page; a line at another tariff or above the volume is refused saying why, a file all or nothing")
	void declaresOnThePage() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		api.tariff(keeper, api.contract(keeper, provider, true, true, product), product, "84,50", "2026-01-01", "");
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", provider),
				"{\"username\":\"" + providerUser.username() + "\"}")).andExpect(status().isOk());
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900018");
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2027-02-28"}"""
				.formatted(product, provider))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated());
		var number = jdbc.sql("select number from allocation_allocation where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single();
		var session = TestFixtures.login(mvc, providerUser);

		mvc.perform(get("/toewijzing/toewijzingen").session(session))
				.andExpect(content().string(containsString("/toewijzing/declaraties?nummer=" + number)));
		mvc.perform(get("/toewijzing/declaraties").param("nummer", String.valueOf(number)).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Toewijzing " + number)))
				.andExpect(content().string(containsString("0 van 26 gedeclareerd")));
		mvc.perform(post("/toewijzing/declaraties").session(session).with(csrf())
						.param("allocationNumber", String.valueOf(number)).param("periodFrom", "1-12-2026")
						.param("periodUntil", "31-12-2026").param("units", "30").param("tariff", "95,00"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: ")))
				.andExpect(content().string(containsString("Er worden 30 eenheden gedeclareerd, maar er zijn nog 26 eenheden over")))
				.andExpect(content().string(containsString("Het tarief 95,00 euro is niet het tarief van de toewijzing (84,50 euro)")));
		mvc.perform(post("/toewijzing/declaraties").session(session).with(csrf())
						.param("allocationNumber", String.valueOf(number)).param("periodFrom", "1-12-2026")
						.param("periodUntil", "31-12-2026").param("units", "9").param("tariff", "84,50"))
				.andExpect(redirectedUrl("/toewijzing/declaraties?nummer=" + number));

		var csv = "toewijzingnummer;van;tot;aantal;tarief\n%d;1-1-2027;31-1-2027;8;84,50\n%d;1-2-2027;28-2-2027;10;84,50\n"
				.formatted(number, number);
		mvc.perform(multipart("/toewijzing/declaraties/inlezen").file(new MockMultipartFile("file", "declaraties.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Het bestand is niet ingelezen")))
				.andExpect(content().string(containsString("Er worden 10 eenheden gedeclareerd, maar er zijn nog 9 eenheden over")));
		assertThat(jdbc.sql("select count(*) from allocation_declaration where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-1: the team records crisis care started without a decision on a form; it appears on the worklist")
	void recordsCrisisCareOnAForm() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var api = new AllocationApi(mvc);
		var crisis = api.product(keeper, "46", "46A01", "Crisisopvang", "14", "1");
		var provider = api.provider(keeper, "Crisisdienst Oost", "98000021");
		api.contract(keeper, provider, true, true, crisis);
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900006");
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(get("/toewijzing/crisiszorg/nieuw").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("46 · 46A01 Crisisopvang bij Crisisdienst Oost")));
		mvc.perform(post("/toewijzing/crisiszorg/nieuw").session(session).with(csrf()).param("helpRequest", helpRequest.toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kies de crisiszorg en de aanbieder.")));
		mvc.perform(post("/toewijzing/crisiszorg/nieuw").session(session).with(csrf()).param("helpRequest", helpRequest.toString())
						.param("care", provider + "/" + crisis).param("startedOn", "2-11-2026"))
				.andExpect(redirectedUrl("/toewijzing/crisiszorg"));
		mvc.perform(get("/toewijzing/crisiszorg").session(session))
				.andExpect(content().string(containsString("Crisisopvang bij Crisisdienst Oost")))
				.andExpect(content().string(containsString("30-11-2026")));
	}
}
