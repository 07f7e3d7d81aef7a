package nl.jeugdregie.messaging;

import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@DisplayName("Issue 16: iJw starts and stops delivered by providers, judged, answered and applied once (TOEW-7, BEY-5)")
class IjwMessagesIntegrationTests {

	static final HardenedXml XML = new HardenedXml(10L * 1024 * 1024);
	static final IjwSchemas SCHEMAS = new IjwSchemas(IjwReference.schemas());

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired nl.jeugdregie.messaging.internal.incoming.BatchReceiving batchReceiving;

	MessagingWorld world() throws Exception {
		return MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
	}

	MvcResult deliver(CurrentUser user, String xml, boolean checkOnly) throws Exception {
		return mvc.perform(as(user, post("/api/v1/ijw/messages").param("check-only", String.valueOf(checkOnly))
				.contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)))).andReturn();
	}

	static String retour(MvcResult result, String type) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		var body = result.getResponse().getContentAsByteArray();
		assertThat(SCHEMAS.validate(IjwMessageType.valueOf(type), XML.parse(body))).isEmpty();
		return new String(body, StandardCharsets.UTF_8);
	}

	long deliveries(MessagingWorld w, String kind) {
		return jdbc.sql("select count(*) from messaging_delivery where municipality_code = ? and kind = ? and not deleted")
				.params(w.world().municipality().value(), kind).query(Long.class).single();
	}

	@Test
	@DisplayName("TOEW-7, BEY-5: the example JW305 and JW307 (with this world's numbers) are accepted with a header-only retour and recorded once")
	void acceptsExamplesOnce() throws Exception {
		var w = world();
		var accepted = deliver(w.provider(), w.start("S1", "2026-12-02"), false);
		var retour = retour(accepted, "JW306");
		assertThat(accepted.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("true");
		assertThat(retour).doesNotContain("<jw306:Client>").doesNotContain("RetourCode");
		assertThat(deliveries(w, "START")).isEqualTo(1);

		// The same message again: the same retour, no second effect.
		var again = deliver(w.provider(), w.start("S1", "2026-12-02"), false);
		assertThat(again.getResponse().getContentAsString()).isEqualTo(accepted.getResponse().getContentAsString());
		assertThat(deliveries(w, "START")).isEqualTo(1);

		var stopped = deliver(w.provider(), w.stop("E1", "2026-12-02", "2026-12-20", "31"), false);
		assertThat(retour(stopped, "JW308")).doesNotContain("RetourCode");
		assertThat(deliveries(w, "STOP")).isEqualTo(1);

		mvc.perform(as(w.provider(), get(stopped.getResponse().getHeader("Location")))).andExpect(status().isOk());
		mvc.perform(as(w.otherProvider(), get(stopped.getResponse().getHeader("Location")))).andExpect(status().isNotFound());
		mvc.perform(as(w.admin(), get("/api/v1/ijw/messages").param("allocation", String.valueOf(w.allocationNumber()))))
				.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.direction == 'RECEIVED')]", hasSize(2)));
		// (the JW301 of the allocation's decision is in the history too, as SENT: OutgoingAllocationMessagesIntegrationTests)
		mvc.perform(as(w.admin(), get("/api/v1/ijw/messages").param("client", "999900006")))
				.andExpect(jsonPath("$[?(@.direction == 'RECEIVED')]", hasSize(2)));
		mvc.perform(as(w.otherProvider(), get("/api/v1/ijw/messages"))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	@DisplayName("Level 3: unknown allocation 9019, second current start 9326, used identification 9056, stop without start 9069; nothing applied")
	void rejectsAcrossMessages() throws Exception {
		var w = world();
		var unknown = w.start("U1", "2026-12-02").replace("<jw305:ToewijzingNummer>" + w.allocationNumber() + "<",
				"<jw305:ToewijzingNummer>999999<");
		var rejected = deliver(w.provider(), unknown, false);
		assertThat(retour(rejected, "JW306")).contains("<jw306:RetourCode>9019</jw306:RetourCode>");
		assertThat(rejected.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("false");

		assertThat(retour(deliver(w.provider(), w.stop("U2", "2026-12-02", "2026-12-20", "31"), false), "JW308"))
				.contains(">9069<");

		retour(deliver(w.provider(), w.start("S1", "2026-12-02"), false), "JW306");
		assertThat(retour(deliver(w.provider(), w.start("S2", "2026-12-05"), false), "JW306")).contains(">9326<");
		assertThat(retour(deliver(w.provider(), w.start("S1", "2026-12-06"), false), "JW306")).contains(">9056<");
		assertThat(deliveries(w, "START")).isEqualTo(1);
	}

	@Test
	@DisplayName("Level 2: a start with the same class twice gets a header-only retour 0001")
	void rejectsWithinMessage() throws Exception {
		var w = world();
		var start = w.start("D1", "2026-12-02");
		var product = start.substring(start.indexOf("<jw305:StartProduct>"), start.indexOf("</jw305:StartProduct>") + 21);
		var twice = start.replace(product, product + product);
		var retour = retour(deliver(w.provider(), twice, false), "JW306");
		assertThat(retour).contains("<jw306:RetourCode>0001</jw306:RetourCode>").doesNotContain("<jw306:Client>");
		assertThat(deliveries(w, "START")).isZero();
	}

	@Test
	@DisplayName("Pre-check: check-only returns the retour the message would get, and applies nothing")
	void preCheck() throws Exception {
		var w = world();
		var checked = deliver(w.provider(), w.start("P1", "2026-12-02"), true);
		assertThat(retour(checked, "JW306")).doesNotContain("RetourCode");
		assertThat(checked.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("true");
		assertThat(deliveries(w, "START")).isZero();
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and direction = 'RECEIVED'")
				.param(w.world().municipality().value()).query(Long.class).single()).isZero();
		// Afterwards the real delivery is still accepted.
		assertThat(retour(deliver(w.provider(), w.start("P1", "2026-12-02"), false), "JW306")).doesNotContain("RetourCode");
	}

	@Test
	@DisplayName("Hardened intake: XXE, malformed XML, wrong encoding and 50 MB are refused clearly (problem+json), nothing applied")
	void refusesUnreadable() throws Exception {
		var w = world();
		var xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
		var refused = deliver(w.provider(), xxe, false);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentType()).contains("problem+json");
		assertThat(deliver(w.provider(), "<a>", false).getResponse().getStatus()).isEqualTo(400);
		var latin = mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(w.start("L1", "2026-12-02").replace("Wit", "Wït").getBytes(StandardCharsets.ISO_8859_1)))).andReturn();
		assertThat(latin.getResponse().getStatus()).isEqualTo(400);
		var huge = mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(new byte[50 * 1024 * 1024]))).andReturn();
		assertThat(huge.getResponse().getStatus()).isEqualTo(413);
		assertThat(deliveries(w, "START")).isZero();
	}

	@Test
	@DisplayName("Access: only a provider delivers, and only for itself and to its own municipality")
	void accessPerRole() throws Exception {
		var w = world();
		assertThat(deliver(w.otherProvider(), w.start("X1", "2026-12-02"), false).getResponse().getStatus()).isEqualTo(403);
		for (var role : new Role[] { Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.POLICY_OFFICER, Role.ADMINISTRATOR }) {
			var user = fixtures.user(role, w.world().municipality(), role.worksOnCases() ? w.world().team() : null);
			assertThat(deliver(user, w.start("X2", "2026-12-02"), false).getResponse().getStatus()).as(role.name()).isEqualTo(403);
		}
		var elsewhere = fixtures.newWorld();
		var foreignProvider = fixtures.user(Role.PROVIDER, elsewhere.municipality(), null);
		assertThat(deliver(foreignProvider, w.start("X3", "2026-12-02"), false).getResponse().getStatus()).isEqualTo(403);
		var reader = fixtures.user(Role.YOUTH_PROFESSIONAL, w.world().municipality(), w.world().team());
		mvc.perform(as(reader, get("/api/v1/ijw/messages"))).andExpect(status().isForbidden());
		assertThat(deliveries(w, "START")).isZero();
	}

	@Test
	@DisplayName("Idempotency under races: the same message delivered eight times at once is stored and applied once")
	void concurrentDuplicates() throws Exception {
		var w = world();
		var xml = w.start("C1", "2026-12-02");
		var pool = Executors.newFixedThreadPool(8);
		try {
			var calls = new ArrayList<Callable<MvcResult>>();
			for (var i = 0; i < 8; i++) {
				calls.add(() -> deliver(w.provider(), xml, false));
			}
			for (var future : pool.invokeAll(calls)) {
				assertThat(future.get().getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("true");
			}
		} finally {
			pool.shutdown();
		}
		assertThat(deliveries(w, "START")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and direction = 'RECEIVED'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("Transport: a message in the inbox directory is judged once, its retour written to the outbox; the same file again has no second effect")
	void directoryTransport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		var w = world();
		var inbox = dir.resolve("in");
		var outbox = dir.resolve("out");
		var hub = new nl.jeugdregie.messaging.internal.transport.HubImport(
				new nl.jeugdregie.messaging.internal.transport.DirectoryTransport(inbox, outbox), batchReceiving);
		java.nio.file.Files.writeString(inbox.resolve("start-1.xml"), w.start("H1", "2026-12-02"));
		assertThat(hub.importWaiting()).isEqualTo(1);
		var retour = java.nio.file.Files.readAllBytes(outbox.resolve("JW306-start-1.xml"));
		assertThat(SCHEMAS.validate(IjwMessageType.JW306, XML.parse(retour))).isEmpty();
		assertThat(java.nio.file.Files.exists(inbox.resolve("processed").resolve("start-1.xml"))).isTrue();
		// As after a crash between judging and moving the file: offered again, answered again, applied once.
		java.nio.file.Files.writeString(inbox.resolve("start-1.xml"), w.start("H1", "2026-12-02"));
		assertThat(hub.importWaiting()).isEqualTo(1);
		assertThat(deliveries(w, "START")).isEqualTo(1);
		java.nio.file.Files.writeString(inbox.resolve("bad.xml"), "<a>");
		hub.importWaiting();
		assertThat(java.nio.file.Files.exists(inbox.resolve("refused").resolve("bad.xml"))).isTrue();
	}
}
