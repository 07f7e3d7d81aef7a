package nl.jeugdregie.messaging.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.IjwReference;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@DisplayName("Issue 16, TOEW-7: providers' requests (JW315/JW317) judged with their retour, answered with a JW319, the JW320 linked")
class RequestsIntegrationTests {

	static final HardenedXml XML = new HardenedXml(10L * 1024 * 1024);
	static final IjwSchemas SCHEMAS = new IjwSchemas(IjwReference.schemas());

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired Answering answering;

	RequestWorld world() throws Exception {
		return RequestWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
	}

	MvcResult deliver(CurrentUser user, String xml) throws Exception {
		return mvc.perform(post("/api/v1/ijw/messages").with(TestFixtures.api(user)).contentType(MediaType.APPLICATION_XML)
				.content(xml.getBytes(StandardCharsets.UTF_8))).andReturn();
	}

	static String retour(MvcResult result, IjwMessageType type) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("X-Ijw-Retour-Type")).isEqualTo(type.name());
		var body = result.getResponse().getContentAsByteArray();
		assertThat(SCHEMAS.validate(type, XML.parse(body))).as(new String(body, StandardCharsets.UTF_8)).isEmpty();
		return new String(body, StandardCharsets.UTF_8);
	}

	long requests(RequestWorld w) {
		return jdbc.sql("select count(*) from messaging_request where municipality_code = ?").param(w.municipality())
				.query(Long.class).single();
	}

	UUID request(RequestWorld w, String reference) {
		return jdbc.sql("select id from messaging_request where municipality_code = ? and reference = ?")
				.params(w.municipality(), reference).query(UUID.class).single();
	}

	long version(UUID request) {
		return jdbc.sql("select version from messaging_request where id = ?").param(request).query(Long.class).single();
	}

	@Test
	@DisplayName("TOEW-7: the example JW315 is accepted with a header-only JW316 and becomes two requests, once")
	void acceptsTheExampleRequestForAnAllocationOnce() throws Exception {
		var w = world();
		var xml = w.allocationRequest("VOT1", "REF-A1", "REF-A2");
		var accepted = deliver(w.provider(), xml);
		assertThat(retour(accepted, IjwMessageType.JW316)).doesNotContain("RetourCode").doesNotContain(":Client>");
		assertThat(accepted.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("true");
		assertThat(requests(w)).isEqualTo(2);

		var again = deliver(w.provider(), xml);
		assertThat(again.getResponse().getContentAsString()).isEqualTo(accepted.getResponse().getContentAsString());
		assertThat(requests(w)).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from messaging_request_product p join messaging_request r on r.id = p.request_id"
				+ " where r.municipality_code = ?").param(w.municipality()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	@DisplayName("TOEW-7: the example JW317 (this world's allocation unchanged, a new product) is accepted with a header-only JW318")
	void acceptsTheExampleRequestForAChange() throws Exception {
		var w = world();
		var accepted = deliver(w.provider(), w.changeRequest("VOW1", "REF-W1"));
		assertThat(retour(accepted, IjwMessageType.JW318)).doesNotContain("RetourCode");
		assertThat(requests(w)).isEqualTo(1);
		assertThat(jdbc.sql("select type from messaging_request where municipality_code = ?").param(w.municipality())
				.query(String.class).single()).isEqualTo("JW317");
	}

	@Test
	@DisplayName("TR374 → 9374 on the Client (JW315) and on the Verzoek (JW317) while a request is in progress; TR347 → 9347 on the product")
	void refusesASecondRequestWhileOneIsInProgress() throws Exception {
		var w = world();
		retour(deliver(w.provider(), w.allocationRequest("VOT1", "REF-A1", "REF-A2")), IjwMessageType.JW316);

		var second = retour(deliver(w.provider(), w.allocationRequest("VOT2", "REF-B1", "REF-B2")), IjwMessageType.JW316);
		assertThat(second).contains("<jw316:RetourCode>9374</jw316:RetourCode>").contains(":AangevraagdProduct>");
		var change = retour(deliver(w.provider(), w.changeRequest("VOW1", "REF-W1")), IjwMessageType.JW318);
		assertThat(change).contains("<jw318:RetourCode>9374</jw318:RetourCode>");
		assertThat(requests(w)).isEqualTo(2);

		// Declined (both products): the client has no request in progress; a reused reference is still refused.
		for (var reference : new String[] { "REF-A1", "REF-A2" }) {
			var id = request(w, reference);
			assertThat(answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.NO_CONTRACT,
					version(id)))).isInstanceOf(Outcome.Done.class);
		}
		var reused = retour(deliver(w.provider(), w.allocationRequest("VOT3", "REF-A1", "REF-C2")), IjwMessageType.JW316);
		assertThat(reused).contains("<jw316:RetourCode>9347</jw316:RetourCode>").doesNotContain(">9374<");
		assertThat(retour(deliver(w.provider(), w.allocationRequest("VOT4", "REF-C1", "REF-C2")), IjwMessageType.JW316))
				.doesNotContain("RetourCode");
		assertThat(requests(w)).isEqualTo(4);
	}

	@Test
	@DisplayName("TR350 → 9350 for an unchanged product that is no current allocation; TR349 → 9349 when a current allocation is missing")
	void judgesTheAllocationsARequestForAChangeNames() throws Exception {
		var w = world();
		var unknown = w.changeRequest("VOW1", "REF-W1").replace("<jw317:ToewijzingNummer>" + w.allocationNumber() + "<",
				"<jw317:ToewijzingNummer>999999<");
		var retour = retour(deliver(w.provider(), unknown), IjwMessageType.JW318);
		assertThat(retour).contains("<jw318:RetourCode>9350</jw318:RetourCode>")
				.contains("<jw318:RetourCode>9349</jw318:RetourCode>");
		assertThat(requests(w)).isZero();
		// The other provider has no allocation for this client: the same allocation number is not current for it.
		var other = w.changeRequest("VOW2", "REF-W2").replace(">" + RequestWorld.AGB + "<", ">" + RequestWorld.OTHER_AGB + "<");
		assertThat(retour(deliver(w.otherProvider(), other), IjwMessageType.JW318)).contains(">9350<");
	}

	@Test
	@DisplayName("Issue 16: a JW317 matched the standard's way: a NieuwProduct for the product of a current allocation in an overlapping period 9361 (TR361) on that product; another client's BSN 8187 (TR304) on the Client; the retours XSD-valid")
	void matchesARequestForAChangeByNumberAndByProduct() throws Exception {
		var w = world();
		var sameProduct = w.changeRequest("VOW1", "REF-W1").replace("<ijw:Code>45A03</ijw:Code>", "<ijw:Code>45A01</ijw:Code>");
		var overlapping = retour(deliver(w.provider(), sameProduct), IjwMessageType.JW318);
		var newProduct = overlapping.substring(overlapping.indexOf(":NieuwProduct>"));
		assertThat(newProduct).contains("<jw318:RetourCode>9361</jw318:RetourCode>");
		assertThat(overlapping.substring(0, overlapping.indexOf(":NieuwProduct>"))).doesNotContain(">9361<");
		assertThat(requests(w)).isZero();

		var otherClient = w.changeRequest("VOW2", "REF-W2").replace("<jw317:Bsn>999900006</jw317:Bsn>",
				"<jw317:Bsn>999900018</jw317:Bsn>");
		assertThat(retour(deliver(w.provider(), otherClient), IjwMessageType.JW318))
				.contains("<jw318:RetourCode>8187</jw318:RetourCode>");
		assertThat(requests(w)).isZero();
		assertThat(retour(deliver(w.provider(), w.changeRequest("VOW3", "REF-W3")), IjwMessageType.JW318))
				.as("the example itself: a new product 45A03").doesNotContain("RetourCode");
	}

	@Test
	@DisplayName("Level 2: a JW315 with a ReferentieAanbieder twice (TR383) or a JW317 asking nothing (TR353) gets a header-only 0001; TR056 → 9056")
	void rejectsWithinTheMessage() throws Exception {
		var w = world();
		var twice = retour(deliver(w.provider(), w.allocationRequest("VOT1", "REF-A1", "REF-A1")), IjwMessageType.JW316);
		assertThat(twice).contains("<jw316:RetourCode>0001</jw316:RetourCode>").doesNotContain(":Client>");
		var nothing = w.changeRequest("VOW1", "REF-W1").replaceAll("(?s)<jw317:NieuweProducten>.*</jw317:NieuweProducten>", "");
		assertThat(retour(deliver(w.provider(), nothing), IjwMessageType.JW318)).contains(">0001<");
		assertThat(requests(w)).isZero();
		retour(deliver(w.provider(), w.allocationRequest("VOT2", "REF-A1", "REF-A2")), IjwMessageType.JW316);
		assertThat(retour(deliver(w.provider(), w.allocationRequest("VOT2", "REF-X1", "REF-X2")), IjwMessageType.JW316))
				.contains(">9056<");
	}

	@Test
	@DisplayName("Pre-check: a JW315 with check-only gets the JW316 it would get and registers nothing")
	void preChecksARequest() throws Exception {
		var w = world();
		var checked = mvc.perform(post("/api/v1/ijw/messages").param("check-only", "true").with(TestFixtures.api(w.provider()))
				.contentType(MediaType.APPLICATION_XML)
				.content(w.allocationRequest("VOT1", "REF-A1", "REF-A2").getBytes(StandardCharsets.UTF_8))).andReturn();
		assertThat(retour(checked, IjwMessageType.JW316)).doesNotContain("RetourCode");
		assertThat(requests(w)).isZero();
		assertThat(retour(deliver(w.provider(), w.allocationRequest("VOT1", "REF-A1", "REF-A2")), IjwMessageType.JW316))
				.doesNotContain("RetourCode");
		assertThat(requests(w)).isEqualTo(2);
	}

	@Test
	@DisplayName("OP043: a request in kind for a product the young person has as pgb is taken, marked on the worklist")
	void marksARequestForAProductHeldAsPgb() throws Exception {
		var w = world();
		jdbc.sql("update allocation_allocation set financing = 'PGB', valid_from = '2026-04-01' where municipality_code = ? and number = ?")
				.params(w.municipality(), w.allocationNumber()).update();
		retour(deliver(w.provider(), w.allocationRequest("VOT1", "REF-A1", "REF-A2")), IjwMessageType.JW316);
		assertThat(jdbc.sql("select reference from messaging_request where municipality_code = ? and pgb_overlap")
				.param(w.municipality()).query(String.class).list()).containsExactly("REF-A1");
	}

	@Test
	@DisplayName("TOEW-7, OP274: the team declines with a JW319 (XSD-valid, stored SENT, fetched by its provider only); the JW320 is linked")
	void answersWithAJw319AndLinksTheJw320() throws Exception {
		var w = world();
		retour(deliver(w.provider(), w.changeRequest("VOW1", "REF-W1")), IjwMessageType.JW318);
		var id = request(w, "REF-W1");
		var investigated = answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.UNDER_INVESTIGATION, null, version(id)));
		assertThat(investigated).isInstanceOf(Outcome.Done.class);
		// TR360: "in onderzoek" only once.
		assertThat(answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.UNDER_INVESTIGATION, null, version(id))))
				.isInstanceOf(Outcome.Refused.class);
		var declined = (Outcome.Done<Answering.Sent>) answering.answer(w.professional(),
				new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.BUDGET, version(id)));
		// TR365: after the decline no further answer.
		assertThat(answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.BUDGET, version(id))))
				.isInstanceOf(Outcome.Refused.class);

		var list = mvc.perform(get("/api/v1/ijw/answers").with(TestFixtures.api(w.provider())))
				.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2)).andReturn();
		assertThat(list.getResponse().getContentAsString()).contains("\"verzoekAntwoord\":\"1\"").contains("\"redenAfwijzing\":\"2\"");
		var answerId = declined.value().answer();
		var body = mvc.perform(get("/api/v1/ijw/answers/" + answerId).with(TestFixtures.api(w.provider())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(SCHEMAS.validate(IjwMessageType.JW319, XML.parse(body))).isEmpty();
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("<jw319:ReferentieAanbieder>REF-W1<")
				.contains("<jw319:VerzoekAntwoord>1<").contains("<jw319:RedenAfwijzingVerzoek>2<");
		mvc.perform(get("/api/v1/ijw/answers/" + answerId).with(TestFixtures.api(w.otherProvider()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/ijw/answers").with(TestFixtures.api(w.otherProvider()))).andExpect(jsonPath("$.length()").value(0));

		var jw320 = w.answerRetour(declined.value().identification(), "RT1", "REF-W1", "0200");
		var recorded = deliver(w.provider(), jw320);
		assertThat(recorded.getResponse().getStatus()).isEqualTo(204);
		assertThat(recorded.getResponse().getHeader("X-Ijw-Linked")).isEqualTo("true");
		assertThat(deliver(w.provider(), jw320).getResponse().getStatus()).isEqualTo(204);
		assertThat(jdbc.sql("select retour_codes from messaging_request_answer where identification = ?")
				.param(declined.value().identification()).query(String.class).single()).isEqualTo("0200");
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW320'")
				.param(w.municipality()).query(Long.class).single()).isEqualTo(1);

		// OP346, OP090 (ADR 0037): the terms see the answer, the decision after "in onderzoek" and the JW320.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
				select message_type || ' ' || kind || ' ' || coalesce(met_by_type, '-') from messaging_term
				where municipality_code = ? and message_type in ('JW317', 'JW319') order by 1""")
				.param(w.municipality()).query(String.class).list()).containsExactly("JW317 INVESTIGATION JW319",
						"JW317 REQUEST_ANSWER JW319", "JW317 RETOUR JW318", "JW319 RETOUR -", "JW319 RETOUR JW320"));
	}

	@Test
	@DisplayName("TR377: a decline for the Woonplaatsbeginsel (WJ759 8) names the responsible municipality; the JW319 is XSD-valid")
	void namesTheResponsibleMunicipality() throws Exception {
		var w = world();
		retour(deliver(w.provider(), w.changeRequest("VOW1", "REF-W1")), IjwMessageType.JW318);
		var id = request(w, "REF-W1");
		var sent = (Outcome.Done<Answering.Sent>) answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.DECLINED,
				DeclineReason.RESIDENCE, new nl.jeugdregie.identity.MunicipalityCode("0828"), version(id)));
		var body = mvc.perform(get("/api/v1/ijw/answers/" + sent.value().answer()).with(TestFixtures.api(w.provider())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(SCHEMAS.validate(IjwMessageType.JW319, XML.parse(body))).isEmpty();
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("<jw319:RedenAfwijzingVerzoek>8<")
				.contains("<jw319:Woonplaatsbeginsel><jw319:Gemeente>0828</jw319:Gemeente></jw319:Woonplaatsbeginsel>");
	}

	@Test
	@DisplayName("TR359, TR374: the allocation that answers a request carries its ReferentieAanbieder in the JW301; the request is then settled and no JW319 is allowed")
	void theAllocationAnsweringARequestCarriesItsReferenceAndSettlesIt() throws Exception {
		var w = world();
		retour(deliver(w.provider(), w.changeRequest("VOW2", "REF-A1")), IjwMessageType.JW318);
		var id = request(w, "REF-A1");
		// The team grants the change: a volume change of the allocation the request names decides a new number.
		mvc.perform(post("/api/v1/allocation/allocations/{n}/volume-change", w.allocationNumber())
						.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"3\",\"changeDate\":\"2026-12-14\"}")
						.with(TestFixtures.api(w.professional())))
				.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
		// The newest JW301 (OP033x1: the most recent one is leading) carries the reference on the new allocation.
		var jw301 = jdbc.sql("""
				select m.body from messaging_message m where m.municipality_code = ? and m.type = 'JW301'
				order by m.identification desc limit 1""").param(w.municipality()).query(byte[].class).single();
		var xml = new String(jw301, StandardCharsets.UTF_8);
		assertThat(SCHEMAS.validate(IjwMessageType.JW301, XML.parse(jw301))).isEmpty();
		assertThat(xml).contains("<jw301:ReferentieAanbieder>REF-A1</jw301:ReferentieAanbieder>");
		var refused = answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.NO_CONTRACT, version(id)));
		assertThat(refused).isInstanceOf(Outcome.Refused.class);
		assertThat(((Outcome.Refused<Answering.Sent>) refused).refusals().getFirst().code())
				.isEqualTo("messaging.request.answer.allocated");
		// TR374: the request is settled, so a new request for this client is not refused as a second open one (9374).
		assertThat(retour(deliver(w.provider(), w.changeRequest("VOW3", "REF-A3")), IjwMessageType.JW318))
				.doesNotContain("9374");
	}

	@Test
	@DisplayName("30 parallel identical JW319 answers to one request give exactly one answer and one message")
	void answersOnceUnderParallelRequests() throws Exception {
		var w = world();
		retour(deliver(w.provider(), w.changeRequest("VOW1", "REF-W1")), IjwMessageType.JW318);
		var id = request(w, "REF-W1");
		var version = version(id);
		var pool = Executors.newFixedThreadPool(30);
		var start = new CountDownLatch(1);
		var calls = new ArrayList<Callable<Outcome<Answering.Sent>>>();
		for (var i = 0; i < 30; i++) {
			calls.add(() -> {
				start.await();
				return answering.answer(w.professional(), new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.BUDGET, version));
			});
		}
		var futures = calls.stream().map(pool::submit).toList();
		start.countDown();
		var done = 0;
		for (var f : futures) {
			if (f.get() instanceof Outcome.Done) {
				done++;
			}
		}
		pool.shutdown();
		assertThat(done).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from messaging_request_answer where request_id = ?").param(id).query(Long.class)
				.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW319'")
				.param(w.municipality()).query(Long.class).single()).isEqualTo(1);
	}
}
