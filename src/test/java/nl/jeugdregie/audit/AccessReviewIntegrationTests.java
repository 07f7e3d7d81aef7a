package nl.jeugdregie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2 (issue 11 item 6): a read with a reason by someone outside the file's team lands on the review list of the
 * team's lead, who marks it justified or reports it, once; unreviewed items past the municipality's review term
 * (14 days by default) are flagged. The integration clock stands still on Monday 16 November 2026; an item is made
 * older by placing its read back in time.
 */
@IntegrationTest
@DisplayName("SEC-2: break-the-glass reads are reviewed by the lead of the file's team")
class AccessReviewIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ReasonedFileReads reads;
	@Autowired JdbcClient jdbc;

	private BreakTheGlassWorld world() {
		return new BreakTheGlassWorld(fixtures, registration, reads, jdbc);
	}

	@Test
	@DisplayName("SEC-2: a read with a reason from another team is on the lead's list with the file number, not the name")
	void putsAReadWithAReasonFromAnotherTeamOnTheLeadsList() throws Exception {
		var oss = world();
		// Reads within the team need no reason and are not reviewed.
		reads.open(oss.request, oss.professional, "Eigen dossier, toch een reden gegeven");
		assertThat(oss.reviewItems()).isZero();

		var item = oss.readWithReason();

		assertThat(oss.reviewItems()).isEqualTo(1);
		mvc.perform(get("/api/v1/access-reviews").with(basic(oss.lead)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.open", hasSize(1)))
				.andExpect(jsonPath("$.open[0].id").value(item))
				.andExpect(jsonPath("$.open[0].file").value("Hulpvraag " + oss.number))
				.andExpect(jsonPath("$.open[0].reason").value(BreakTheGlassWorld.REASON))
				.andExpect(jsonPath("$.open[0].readerName").value("Test Jeugdprofessional"))
				.andExpect(jsonPath("$.open[0].readerTeam").value("CJG Team Zuid"))
				.andExpect(jsonPath("$.open[0].status").value("UNREVIEWED"))
				.andExpect(jsonPath("$.open[0].reviewBefore").value("2026-11-30"))
				.andExpect(jsonPath("$.termDays").value(14))
				.andExpect(content().string(not(containsString("Visser"))));
		// The lead of the reader's team, and every other municipality, see nothing of it.
		mvc.perform(get("/api/v1/access-reviews").with(basic(oss.otherLead)))
				.andExpect(jsonPath("$.open", hasSize(0)));
		var elsewhere = fixtures.newWorld();
		mvc.perform(get("/api/v1/access-reviews").with(basic(fixtures.user(Role.PRIVACY_OFFICER, elsewhere.municipality(), null))))
				.andExpect(jsonPath("$.open", hasSize(0)));
		// The privacy officer sees every team's list of her municipality.
		mvc.perform(get("/api/v1/access-reviews").with(basic(oss.privacyOfficer)))
				.andExpect(jsonPath("$.allTeams").value(true))
				.andExpect(jsonPath("$.open[0].id").value(item))
				.andExpect(jsonPath("$.open[0].team").value("CJG Team Noord"));
	}

	@Test
	@DisplayName("SEC-2: the lead marks a read justified on its own page with a check step; decision, who and when stored and audited")
	void letsTheLeadJudgeAReadJustifiedThroughTheCheckStep() throws Exception {
		var oss = world();
		var item = oss.readWithReason();
		var session = TestFixtures.login(mvc, oss.lead);

		mvc.perform(get("/team/inzage-met-reden").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hulpvraag " + oss.number)))
				.andExpect(content().string(containsString("Nog beoordelen")))
				.andExpect(content().string(not(containsString("Visser"))));
		// Nothing chosen: the page again, with the error and "Fout:" in the title.
		mvc.perform(post("/team/inzage-met-reden/{id}", item).session(session).with(csrf()).param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Inzage beoordelen")))
				.andExpect(content().string(containsString("Kies of de inzage gerechtvaardigd is")));
		// Reporting needs an explanation.
		mvc.perform(post("/team/inzage-met-reden/{id}", item).session(session).with(csrf()).param("version", "0")
						.param("decision", "REPORTED"))
				.andExpect(content().string(containsString("Schrijf kort op waarom u deze inzage meldt.")));
		// The check step shows the choice and stores nothing yet.
		mvc.perform(post("/team/inzage-met-reden/{id}", item).session(session).with(csrf()).param("version", "0")
						.param("decision", "JUSTIFIED"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer uw beoordeling")))
				.andExpect(content().string(containsString("Wijzigen")));
		// "Wijzigen" goes back to the choice with the explanation still filled in.
		mvc.perform(post("/team/inzage-met-reden/{id}/wijzigen", item).session(session).with(csrf()).param("version", "0")
						.param("decision", "JUSTIFIED").param("explanation", "Afgestemd met de collega"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Afgestemd met de collega</textarea>")))
				.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<input[^>]*value=\"JUSTIFIED\"[^>]*checked=\"checked\".*")));
		assertThat(oss.auditRows(AuditAction.ACCESS_REVIEWED)).isZero();

		mvc.perform(post("/team/inzage-met-reden/{id}/bevestigen", item).session(session).with(csrf())
						.param("version", "0").param("decision", "JUSTIFIED"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/team/inzage-met-reden"));

		var stored = jdbc.sql("select decision, decided_by, decided_at from access_review where audit_event_id = ?").param(item)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getObject(3).toString() }).single();
		assertThat(stored[0]).isEqualTo("JUSTIFIED");
		assertThat(stored[1]).isEqualTo(oss.lead.username());
		assertThat(stored[2]).startsWith("2026-11-16");
		assertThat(oss.auditRows(AuditAction.ACCESS_REVIEWED)).isEqualTo(1);
		assertThat(jdbc.sql("select what from audit_event where municipality_code = ? and action = 'ACCESS_REVIEWED'")
				.param(oss.world.municipality().value()).query(String.class).single())
				.isEqualTo("Inzage met reden beoordeeld: gerechtvaardigd");
		mvc.perform(get("/team/inzage-met-reden").session(session))
				.andExpect(content().string(containsString("Gerechtvaardigd")))
				.andExpect(content().string(containsString("door Test Teamleider")));
	}

	@Test
	@DisplayName("SEC-2: a reported read carries its explanation; a second decision changes nothing")
	void keepsAReportAndRefusesASecondDecision() throws Exception {
		var oss = world();
		var item = oss.readWithReason();

		mvc.perform(post("/api/v1/access-reviews/{id}/decision", item).with(basic(oss.lead))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"decision\":\"REPORTED\",\"explanation\":\"Geen waarneming afgesproken\",\"version\":0}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REPORTED"))
				.andExpect(jsonPath("$.explanation").value("Geen waarneming afgesproken"))
				.andExpect(jsonPath("$.decidedBy").value("Test Teamleider"));
		mvc.perform(post("/api/v1/access-reviews/{id}/decision", item).with(basic(oss.lead))
						.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"JUSTIFIED\",\"version\":0}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(post("/api/v1/access-reviews/{id}/decision", item).with(basic(oss.lead))
						.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"JUSTIFIED\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Deze inzage is al beoordeeld.")));

		assertThat(jdbc.sql("select decision from access_review where audit_event_id = ?").param(item).query(String.class)
				.single()).isEqualTo("REPORTED");
		assertThat(oss.auditRows(AuditAction.ACCESS_REVIEWED)).isEqualTo(1);
		mvc.perform(get("/api/v1/access-reviews").with(basic(oss.privacyOfficer)))
				.andExpect(jsonPath("$.decided[0].statusText").value("Gemeld"))
				.andExpect(jsonPath("$.decided[0].explanation").value("Geen waarneming afgesproken"));
	}

	@Test
	@DisplayName("SEC-2: an unreviewed read older than 14 days is flagged; exactly 14 days old is not yet")
	void flagsUnreviewedReadsOlderThanTheTerm() throws Exception {
		var oss = world();
		var fifteenDays = oss.readWithReason();
		oss.readDaysAgo(fifteenDays, 15);
		var fourteenDays = oss.readWithReason(oss.colleague, "Tweede waarneming voor de collega");
		oss.readDaysAgo(fourteenDays, 14);
		var decided = oss.readWithReason(oss.colleague, "Derde inzage, al beoordeeld door de lead");
		oss.readDaysAgo(decided, 30);
		mvc.perform(post("/api/v1/access-reviews/{id}/decision", decided).with(basic(oss.lead))
						.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"JUSTIFIED\"}"))
				.andExpect(status().isOk());

		mvc.perform(get("/api/v1/access-reviews").with(basic(oss.lead)))
				.andExpect(jsonPath("$.overdue").value(1))
				.andExpect(jsonPath("$.open[0].id").value(fifteenDays))
				.andExpect(jsonPath("$.open[0].status").value("OVERDUE"))
				.andExpect(jsonPath("$.open[0].statusText").value("Termijn verstreken"))
				.andExpect(jsonPath("$.open[1].id").value(fourteenDays))
				.andExpect(jsonPath("$.open[1].status").value("UNREVIEWED"))
				.andExpect(jsonPath("$.decided[0].status").value("JUSTIFIED"));
		mvc.perform(get("/beheer/privacy/inzage-met-reden").session(TestFixtures.login(mvc, oss.privacyOfficer)))
				.andExpect(content().string(containsString("Termijn verstreken")))
				.andExpect(content().string(containsString("waarvan 1 te laat")));
	}

	@Test
	@DisplayName("SEC-2: the review term is a dated norm per municipality")
	void takesTheTermFromTheMunicipalitysNormOnTheDayOfTheRead() throws Exception {
		var oss = world();
		jdbc.sql("""
				insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
				values (?, 'ACCESS_REVIEW_TERM', 7, ?, 'test', now(), 'SEC-2 test')""")
				.params(oss.world.municipality().value(), LocalDate.of(2026, 11, 1)).update();
		var item = oss.readWithReason();
		oss.readDaysAgo(item, 8);

		mvc.perform(get("/api/v1/access-reviews/{id}", item).with(basic(oss.lead)))
				.andExpect(jsonPath("$.status").value("OVERDUE"))
				.andExpect(jsonPath("$.reviewBefore").value("2026-11-15"));
	}

	@Test
	@DisplayName("SEC-2: two leads deciding at once, many times over, have one effect and one audit row (race)")
	void decidesOnceWhenLeadsReviewAtTheSameTime() throws Exception {
		var oss = world();
		var item = oss.readWithReason();
		var secondLead = fixtures.user(Role.TEAM_LEAD, oss.world.municipality(), oss.world.team());
		var attempts = 20;
		var start = new CountDownLatch(1);
		var statuses = new ArrayList<Future<Integer>>();
		try (var pool = Executors.newFixedThreadPool(attempts)) {
			for (var i = 0; i < attempts; i++) {
				var lead = i % 2 == 0 ? oss.lead : secondLead;
				var decision = i % 2 == 0 ? "JUSTIFIED" : "REPORTED";
				// Each from its own address, so the login budget per address (ADR 0020) refuses none of them.
				var address = "10.22.0." + (i + 1);
				statuses.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/api/v1/access-reviews/{id}/decision", item).with(basic(lead))
									.with(request -> {
										request.setRemoteAddr(address);
										return request;
									})
									.contentType(MediaType.APPLICATION_JSON)
									.content("{\"decision\":\"" + decision + "\",\"explanation\":\"Gelijktijdig\",\"version\":0}"))
							.andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		var results = new ArrayList<Integer>();
		for (var status : statuses) {
			results.add(status.get());
		}

		assertThat(results).filteredOn(status -> status == 200).hasSize(1);
		assertThat(results).filteredOn(status -> status != 200).allMatch(status -> status == 409);
		assertThat(oss.auditRows(AuditAction.ACCESS_REVIEWED)).isEqualTo(1);
		assertThat(jdbc.sql("select version from access_review where audit_event_id = ?").param(item).query(Long.class)
				.single()).isEqualTo(1);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
