package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MON-5 (ADR 0058): the aftercare decision after the specialised care of an allocation ended, recorded and changed in
 * the API and on screen, refused while the care runs, stale on an old version, and followed by monitoring. "Today" is
 * 16 November 2026.
 */
@IntegrationTest
@DisplayName("MON-5: recording aftercare (nazorg) once the care of an allocation has ended")
class AftercareIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	AftercareSetting setting() throws Exception {
		return AftercareSetting.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
	}

	@Test
	@DisplayName("MON-5: recorded, repeated without effect, changed on its version, stale on an old one; each effective change audited, published and kept by monitoring")
	void recordsChangesAndRefusesAStaleVersion() throws Exception {
		var s = setting();
		var number = s.ended("999900018");
		var uri = "/api/v1/allocation/allocations/" + number + "/aftercare";
		mvc.perform(as(s.professional(), get(uri)))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"0\""))
				.andExpect(jsonPath("$.allocationNumber").value(number))
				.andExpect(jsonPath("$.lastDay").value("2026-10-31"))
				.andExpect(jsonPath("$.careEnded").value(true))
				.andExpect(jsonPath("$.decision").doesNotExist());

		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"CJG\",\"from\":\"2026-11-02\"}"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.decision.kind").value("CJG"))
				.andExpect(jsonPath("$.decision.label").value("Nazorg door het CJG"))
				.andExpect(jsonPath("$.decision.from").value("2026-11-02"))
				.andExpect(jsonPath("$.decision.version").value(1))
				.andExpect(jsonPath("$.decision.recordedBy").value(s.professional().username()));
		// The same decision again (a double click): nothing changes, the version stays.
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"CJG\",\"from\":\"2026-11-02\"}"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""));
		// A different decision made against no version (someone who saw none yet): stale, the platform's 409.
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"NONE\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value(containsString("verouderde-versie")))
				.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(json(s.professional(), put(uri).header("If-Match", "\"1\""),
				"{\"kind\":\"OTHER_PARTY\",\"from\":\"2026-12-01\",\"party\":\" Wijkteam Oost \"}"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"2\""))
				.andExpect(jsonPath("$.decision.kind").value("OTHER_PARTY"))
				.andExpect(jsonPath("$.decision.party").value("Wijkteam Oost"));
		mvc.perform(json(s.professional(), put(uri).header("If-Match", "\"1\""), "{\"kind\":\"NONE\"}"))
				.andExpect(status().isConflict());
		mvc.perform(json(s.professional(), put(uri).header("If-Match", "versie"), "{\"kind\":\"NONE\"}"))
				.andExpect(status().isPreconditionRequired());
		mvc.perform(as(s.professional(), get(uri)))
				.andExpect(header().string("ETag", "\"2\""))
				.andExpect(jsonPath("$.decision.kind").value("OTHER_PARTY"));

		assertThat(jdbc.sql("select count(*) from allocation_aftercare where municipality_code = ?")
				.param(s.world().municipality().value()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select what from audit_event where actor_username = ? and action = 'UPDATE' and what like 'Nazorg%' order by id")
				.param(s.professional().username()).query(String.class).list()).containsExactly(
						"Nazorg bij toewijzing " + number + " vastgelegd: Nazorg door het CJG vanaf 2-11-2026",
						"Nazorg bij toewijzing " + number + " gewijzigd: Nazorg door een andere partij vanaf 1-12-2026");
		assertThat(events(s, number)).isEqualTo(2);
		awaitCount("select count(*) from monitoring_aftercare where municipality_code = ? and allocation_number = ? and kind = 'OTHER_PARTY' and version = 2 and care_ended_on = date '2026-10-31'",
				1, s.world().municipality().value(), number);
	}

	@Test
	@DisplayName("MON-5: refused while the care runs; allowed once the allocation is ended early; the date and party are refused by field")
	void refusesBeforeTheCareEndedAndChecksTheFields() throws Exception {
		var s = setting();
		var number = s.running("999900031");
		var uri = "/api/v1/allocation/allocations/" + number + "/aftercare";
		mvc.perform(as(s.professional(), get(uri))).andExpect(jsonPath("$.careEnded").value(false));
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"CJG\",\"from\":\"2027-03-29\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("loopt nog tot en met 28-3-2027")));
		assertThat(jdbc.sql("select count(*) from allocation_aftercare where municipality_code = ?")
				.param(s.world().municipality().value()).query(Long.class).single()).isZero();

		mvc.perform(json(s.professional(), post("/api/v1/allocation/allocations/{n}/end", number),
				"{\"validUntil\":\"2027-02-28\",\"reason\":\"02\"}")).andExpect(status().isOk());
		mvc.perform(as(s.professional(), get(uri))).andExpect(jsonPath("$.careEnded").value(true));
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"CJG\",\"from\":\"2027-01-28\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("tussen 29-1-2027 en 28-2-2028")));
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"OTHER_PARTY\",\"from\":\"2027-03-01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("party"));
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"SOMETIMES\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(json(s.professional(), put(uri), "{\"kind\":\"CJG\",\"from\":\"2027-03-01\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.decision.version").value(1));
	}

	@Test
	@DisplayName("MON-5: a withdrawn allocation has no aftercare to record")
	void refusesAWithdrawnAllocation() throws Exception {
		var s = setting();
		var number = s.running("999900043");
		mvc.perform(as(s.professional(), post("/api/v1/allocation/allocations/{n}/withdrawal", number))).andExpect(status().isOk());
		mvc.perform(json(s.professional(), put("/api/v1/allocation/allocations/{n}/aftercare", number), "{\"kind\":\"NONE\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("ingetrokken")));
		mvc.perform(get("/toewijzing/toewijzingen/{n}/nazorg", number).session(TestFixtures.login(mvc, s.professional())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Deze toewijzing is ingetrokken. Er is geen nazorg vast te leggen.")))
				.andExpect(content().string(not(containsString("nog niet afgelopen"))));
	}

	@Test
	@DisplayName("MON-5: on screen: the section on the allocation's page, the form with its error summary, the banner after saving, stale, the team's list and the count on the overview")
	void recordsOnScreen() throws Exception {
		var s = setting();
		var running = s.running("999900018");
		var ended = s.ended("999900031");
		var other = s.ended("999900043");
		var session = TestFixtures.login(mvc, s.professional());

		mvc.perform(get("/toewijzing/toewijzingen/{n}", running).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"nazorg-kop\"")))
				.andExpect(content().string(containsString("U kunt nazorg vastleggen als de zorg is afgelopen: na 28-3-2027")))
				.andExpect(content().string(not(containsString("/toewijzing/toewijzingen/" + running + "/nazorg"))));
		mvc.perform(get("/toewijzing/aanvragen").session(session))
				.andExpect(content().string(containsString("Nazorg nog vast te leggen: 2 toewijzingen van uw team")));
		mvc.perform(get("/toewijzing/nazorg").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">" + ended + "</a>")))
				.andExpect(content().string(containsString(">" + other + "</a>")))
				.andExpect(content().string(not(containsString(">" + running + "</a>"))));

		mvc.perform(get("/toewijzing/toewijzingen/{n}", ended).session(session))
				.andExpect(content().string(containsString("De zorg is afgelopen. Leg vast wat er na de zorg gebeurt")))
				.andExpect(content().string(containsString("Vastleggen<span class=\"jr-visually-hidden\"> nazorg</span>")));
		mvc.perform(get("/toewijzing/toewijzingen/{n}/nazorg", ended).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Wat gebeurt er na de zorg?")))
				.andExpect(content().string(containsString("Laatste dag van de zorg")));
		mvc.perform(post("/toewijzing/toewijzingen/{n}/nazorg", ended).session(session).with(csrf())
						.param("version", "0").param("kind", "OTHER_PARTY").param("from", "1-12-2026"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Nazorg vastleggen")))
				.andExpect(content().string(containsString("Vul in welke partij de nazorg geeft.")));
		mvc.perform(post("/toewijzing/toewijzingen/{n}/nazorg", ended).session(session).with(csrf())
						.param("version", "0").param("kind", "OTHER_PARTY").param("from", "1-12-2026").param("party", "Huisarts"))
				.andExpect(redirectedUrl("/toewijzing/toewijzingen/" + ended));
		mvc.perform(get("/toewijzing/toewijzingen/{n}", ended).session(session))
				.andExpect(content().string(containsString("Het besluit over nazorg bij toewijzing " + ended
						+ " is opgeslagen: Nazorg door een andere partij (Huisarts) vanaf 1-12-2026.")))
				.andExpect(content().string(containsString("Wijzigen<span class=\"jr-visually-hidden\"> nazorg</span>")));
		// A second tab that still showed no decision: stale, the form shows what is recorded now.
		mvc.perform(post("/toewijzing/toewijzingen/{n}/nazorg", ended).session(session).with(csrf())
						.param("version", "0").param("kind", "NONE"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Iemand anders heeft het besluit over nazorg net vastgelegd of gewijzigd")))
				.andExpect(content().string(containsString("Nazorg door een andere partij (Huisarts) vanaf 1-12-2026")));
		mvc.perform(post("/toewijzing/toewijzingen/{n}/nazorg", ended).session(session).with(csrf())
						.param("version", "1").param("kind", "NONE"))
				.andExpect(redirectedUrl("/toewijzing/toewijzingen/" + ended));
		mvc.perform(get("/toewijzing/aanvragen").session(session))
				.andExpect(content().string(containsString("Nazorg nog vast te leggen: 1 toewijzing van uw team")));
		mvc.perform(get("/toewijzing/nazorg").session(session))
				.andExpect(content().string(not(containsString(">" + ended + "</a>"))));
		// Before the care ended, the form explains instead of asking, and a post is refused.
		mvc.perform(get("/toewijzing/toewijzingen/{n}/nazorg", running).session(session))
				.andExpect(content().string(containsString("De zorg van deze toewijzing is nog niet afgelopen")))
				.andExpect(content().string(not(containsString("Wat gebeurt er na de zorg?"))));
		mvc.perform(post("/toewijzing/toewijzingen/{n}/nazorg", running).session(session).with(csrf())
						.param("version", "0").param("kind", "NONE"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("loopt nog tot en met 28-3-2027")));
		assertThat(events(s, ended)).isEqualTo(2);
	}

	@Test
	@DisplayName("MON-5: only the team's case workers record aftercare: another team 403, a provider and a policy officer 403, another municipality 404")
	void checksTheTeamAndTheMunicipality() throws Exception {
		var s = setting();
		var number = s.ended("999900055");
		var otherTeam = fixtures.user(Role.YOUTH_PROFESSIONAL, s.world().municipality(), s.world().otherTeam());
		var elsewhere = fixtures.newWorld();
		var otherMunicipality = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var uri = "/api/v1/allocation/allocations/" + number + "/aftercare";
		for (var user : new nl.jeugdregie.identity.CurrentUser[] { otherTeam, s.providerUser(), s.keeper() }) {
			mvc.perform(as(user, get(uri))).andExpect(status().isForbidden());
			mvc.perform(json(user, put(uri), "{\"kind\":\"NONE\"}")).andExpect(status().isForbidden());
		}
		mvc.perform(as(otherMunicipality, get(uri))).andExpect(status().isNotFound());
		mvc.perform(json(otherMunicipality, put(uri), "{\"kind\":\"NONE\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/toewijzing/toewijzingen/{n}/nazorg", number).session(TestFixtures.login(mvc, otherTeam)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/toewijzing/toewijzingen/{n}/nazorg", number).session(TestFixtures.login(mvc, otherTeam)).with(csrf())
						.param("version", "0").param("kind", "NONE"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/toewijzing/toewijzingen/{n}/nazorg", number).session(TestFixtures.login(mvc, otherMunicipality)))
				.andExpect(status().isNotFound());
		// The other team's list does not show this team's allocation.
		mvc.perform(get("/toewijzing/nazorg").session(TestFixtures.login(mvc, otherTeam)))
				.andExpect(content().string(not(containsString(">" + number + "</a>"))));
		assertThat(jdbc.sql("select count(*) from allocation_aftercare where municipality_code = ?")
				.param(s.world().municipality().value()).query(Long.class).single()).isZero();
	}

	/** How often allocation published AftercareRecorded for this allocation (as monitoring's projection received it). */
	private long events(AftercareSetting s, long number) {
		return jdbc.sql("""
				select count(*) from event_publication where event_type like '%.AftercareRecorded'
				  and listener_id like '%AftercareProjection%' and serialized_event like ? and serialized_event like ?""")
				.params("%" + s.world().municipality().value() + "%", "%\"allocationNumber\":" + number + ",%")
				.query(Long.class).single();
	}

	private void awaitCount(String sql, long expected, Object... params) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(sql).params(params).query(Long.class).single() == expected);
	}
}
