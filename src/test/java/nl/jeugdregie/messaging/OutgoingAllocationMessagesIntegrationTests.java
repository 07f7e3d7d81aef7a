package nl.jeugdregie.messaging;

import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.AllocationEnded;
import nl.jeugdregie.allocation.messaging.AllocationMessages;
import nl.jeugdregie.allocation.AllocationVolumeChanged;
import nl.jeugdregie.allocation.AllocationWithdrawn;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16 items 1, 2 and 7 (TOEW-7, ADR 0046): every allocation decision and change leaves as one schema-valid JW301
 * with the client's current allocations at that provider; the provider's JW302 is linked to it and shown. The change
 * events are published here the way the allocation module publishes them.
 */
@IntegrationTest
@DisplayName("Issue 16: the municipality's JW301 on every allocation decision and change, and the provider's JW302 (TOEW-7)")
class OutgoingAllocationMessagesIntegrationTests {

	static final HardenedXml XML = new HardenedXml(10L * 1024 * 1024);
	static final IjwSchemas SCHEMAS = new IjwSchemas(IjwReference.schemas());

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired AllocationMessages allocationMessages;

	/** One outgoing entry as stored: its change, status and, once made, its message's XML. */
	record Sent(UUID id, String change, long allocationNumber, String status, String problem, String identification,
			String xml, String outcome, String remarks) {}

	MessagingWorld world() throws Exception {
		return MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(event));
	}

	void awaitHandled() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
	}

	List<Sent> outgoing(MessagingWorld w) {
		return jdbc.sql("""
				select o.id, o.change_kind, o.allocation_number, o.status, o.problem, m.identification, m.body, m.outcome,
				       m.remarks
				from messaging_outbox o left join messaging_message m on m.id = o.message_id
				where o.municipality_code = ? order by o.seq""")
				.param(w.world().municipality().value())
				.query((rs, n) -> new Sent(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getString(5), rs.getString(6),
						rs.getBytes(7) == null ? null : new String(rs.getBytes(7), StandardCharsets.UTF_8), rs.getString(8),
						rs.getString(9)))
				.list();
	}

	/** The first JW301, made for the world's decided allocation, once it is sent. */
	Sent decided(MessagingWorld w) {
		awaitHandled();
		var all = outgoing(w);
		assertThat(all).hasSize(1);
		assertThat(all.getFirst().status()).isEqualTo("SENT");
		return all.getFirst();
	}

	static String valid(String xml) throws Exception {
		assertThat(SCHEMAS.validate(IjwMessageType.JW301, XML.parse(xml.getBytes(StandardCharsets.UTF_8)))).isEmpty();
		// JW301 has no StatusAanlevering at all, so never status 2 (OP033x2)
		assertThat(xml).doesNotContain("StatusAanlevering");
		return xml;
	}

	/** A second allocation for the same client at the same provider, as a volume change decides it (new number). */
	void copyAllocation(MessagingWorld w, long number, String from, String until, int volume) {
		var line = UUID.randomUUID();
		jdbc.sql("""
				insert into allocation_arrangement_line (id, arrangement_id, position, product_id, provider_id, contract_id,
				    volume, valid_from, valid_until)
				select ?, l.arrangement_id, l.position + 50, l.product_id, l.provider_id, l.contract_id, ?, ?, ?
				from allocation_arrangement_line l join allocation_allocation a on a.line_id = l.id
				where a.municipality_code = ? and a.number = ?""")
				.params(line, volume, LocalDate.parse(from), LocalDate.parse(until), w.world().municipality().value(),
						w.allocationNumber())
				.update();
		jdbc.sql("""
				insert into allocation_allocation (id, decision_id, line_id, municipality_code, number, help_request_id, team_id,
				    young_person, product_id, provider_id, contract_id, category, volume, unit, frequency, valid_from,
				    valid_until, financing, budget_cents, tariff_cents)
				select ?, decision_id, ?, municipality_code, ?, help_request_id, team_id, young_person, product_id, provider_id,
				    contract_id, category, ?, unit, frequency, ?, ?, financing, budget_cents, tariff_cents
				from allocation_allocation where municipality_code = ? and number = ?""")
				.params(UUID.randomUUID(), line, number, volume, LocalDate.parse(from), LocalDate.parse(until),
						w.world().municipality().value(), w.allocationNumber())
				.update();
	}

	@Test
	@DisplayName("TOEW-7: a decided allocation leaves as a schema-valid JW301 with its number, product, dates and volume and no RedenWijziging")
	void sendsNewAllocation() throws Exception {
		var w = world();
		var sent = decided(w);
		var xml = valid(sent.xml());
		assertThat(sent.change()).isEqualTo("DECIDED");
		assertThat(xml).contains("<jw301:Afzender>" + w.world().municipality().value() + "</jw301:Afzender>")
				.contains("<jw301:Ontvanger>" + MessagingWorld.AGB + "</jw301:Ontvanger>")
				.contains("<jw301:Bsn>999900006</jw301:Bsn>")
				.contains("<jw301:ToewijzingNummer>" + w.allocationNumber() + "</jw301:ToewijzingNummer>")
				.contains("<ijw:Code>45A01</ijw:Code>")
				.contains("<jw301:Ingangsdatum>2026-12-01</jw301:Ingangsdatum>")
				.contains("<jw301:Einddatum>2026-12-28</jw301:Einddatum>")
				.contains("<ijw:Volume>2</ijw:Volume>").contains("<ijw:Frequentie>2</ijw:Frequentie>")
				.contains("<jw301:Geslacht>0</jw301:Geslacht>")
				.doesNotContain("RedenWijziging");
		assertThat(sent.outcome()).isEqualTo("SENT");
		// TR056: the identification is unique per municipality (a sequence), twelve characters at most
		assertThat(sent.identification()).hasSizeLessThanOrEqualTo(12);
		// the history lists it with its direction
		mvc.perform(as(w.admin(), get("/api/v1/ijw/messages").param("allocation", String.valueOf(w.allocationNumber()))))
				.andExpect(jsonPath("$[?(@.direction == 'SENT' && @.type == 'JW301')]").exists());
	}

	@Test
	@DisplayName("TOEW-7: ending early sends the same number again with the earlier end date and the JZ002 reason")
	void sendsEndEarly() throws Exception {
		var w = world();
		decided(w);
		publish(new AllocationEnded(w.world().municipality(), w.allocationNumber(), LocalDate.parse("2026-12-14"),
				ChangeReason.REASSESSMENT_SHORTENING, 0, Instant.parse("2026-11-16T09:30:00Z")));
		awaitHandled();
		var ended = outgoing(w).getLast();
		assertThat(ended.change()).isEqualTo("ENDED");
		assertThat(ended.status()).isEqualTo("SENT");
		assertThat(valid(ended.xml()))
				.contains("<jw301:ToewijzingNummer>" + w.allocationNumber() + "</jw301:ToewijzingNummer>")
				.contains("<jw301:Einddatum>2026-12-14</jw301:Einddatum>")
				.contains("<jw301:RedenWijziging>05</jw301:RedenWijziging>")
				// IV013: the moment the change was established, in Dutch time
				.contains("<jw301:Toewijzingsdatum>2026-11-16</jw301:Toewijzingsdatum>")
				.contains("<jw301:Toewijzingstijd>10:30:00</jw301:Toewijzingstijd>");
	}

	@Test
	@DisplayName("TOEW-7: a volume change with a new number sends the old allocation ended and then both, the new one without a reason")
	void sendsVolumeChangeWithNewNumber() throws Exception {
		var w = world();
		decided(w);
		var next = w.allocationNumber() + 700_000;
		copyAllocation(w, next, "2026-12-15", "2026-12-28", 4);
		publish(new AllocationEnded(w.world().municipality(), w.allocationNumber(), LocalDate.parse("2026-12-14"),
				ChangeReason.REASSESSMENT_EXTENSION, next, Instant.parse("2026-11-16T09:40:00Z")));
		awaitHandled();
		publish(new AllocationDecided(w.world().municipality(), next, new nl.jeugdregie.allocation.AgbCode(MessagingWorld.AGB),
				nl.jeugdregie.allocation.ProductCategory.ofCode("45").orElseThrow(), new nl.jeugdregie.allocation.ProductCode("45A01"),
				nl.jeugdregie.allocation.Financing.IN_KIND, 4, nl.jeugdregie.allocation.Unit.ofCode("04").orElseThrow(),
				nl.jeugdregie.allocation.Frequency.ofCode("2").orElseThrow(), LocalDate.parse("2026-12-15"),
				LocalDate.parse("2026-12-28"), 0, true, true, false, LocalDate.parse("2026-11-16")));
		awaitHandled();
		var all = outgoing(w);
		assertThat(all).extracting(Sent::change).containsExactly("DECIDED", "ENDED", "DECIDED");
		var ended = valid(all.get(1).xml());
		assertThat(ended).contains("<jw301:Einddatum>2026-12-14</jw301:Einddatum>")
				.contains("<jw301:RedenWijziging>04</jw301:RedenWijziging>");
		var both = valid(all.get(2).xml());
		assertThat(both).contains("<jw301:ToewijzingNummer>" + w.allocationNumber() + "</jw301:ToewijzingNummer>")
				.contains("<jw301:ToewijzingNummer>" + next + "</jw301:ToewijzingNummer>")
				.contains("<ijw:Volume>4</ijw:Volume>");
		// OP087: the old one still runs until 14 December, so it is current and sent along with its reason
		assertThat(both.split("<jw301:ToegewezenProduct>")).hasSize(3);
		assertThat(both.split("RedenWijziging>").length - 1).isEqualTo(2);
		// IV013: the new allocation was established at the moment of the change, like the old one's end
		assertThat(both.split("<jw301:Toewijzingstijd>10:40:00</jw301:Toewijzingstijd>").length - 1).isEqualTo(2);
	}

	@Test
	@DisplayName("TOEW-7: a volume change with frequency 'total' keeps the number and sends the new volume")
	void sendsTotalVolumeChange() throws Exception {
		var w = world();
		decided(w);
		jdbc.sql("update allocation_allocation set frequency = '6' where municipality_code = ? and number = ?")
				.params(w.world().municipality().value(), w.allocationNumber()).update();
		publish(new AllocationVolumeChanged(w.world().municipality(), w.allocationNumber(), 12, 100_000,
				ChangeReason.PROVIDER_INITIATED, Instant.parse("2026-11-16T09:45:00Z")));
		awaitHandled();
		var changed = outgoing(w).getLast();
		assertThat(changed.change()).isEqualTo("VOLUME_CHANGED");
		assertThat(valid(changed.xml()))
				.contains("<jw301:ToewijzingNummer>" + w.allocationNumber() + "</jw301:ToewijzingNummer>")
				.contains("<ijw:Volume>12</ijw:Volume>").contains("<ijw:Frequentie>6</ijw:Frequentie>")
				.contains("<jw301:RedenWijziging>12</jw301:RedenWijziging>")
				.contains("<jw301:Einddatum>2026-12-28</jw301:Einddatum>");
	}

	@Test
	@DisplayName("TOEW-7: a withdrawal sends the end date equal to the first day with RedenWijziging 13, never a StatusAanlevering 2")
	void sendsWithdrawal() throws Exception {
		var w = world();
		decided(w);
		publish(new AllocationWithdrawn(w.world().municipality(), w.allocationNumber(), Instant.parse("2026-11-16T09:50:00Z")));
		awaitHandled();
		var withdrawn = outgoing(w).getLast();
		assertThat(withdrawn.change()).isEqualTo("WITHDRAWN");
		assertThat(valid(withdrawn.xml()))
				.contains("<jw301:Ingangsdatum>2026-12-01</jw301:Ingangsdatum>")
				.contains("<jw301:Einddatum>2026-12-01</jw301:Einddatum>")
				.contains("<jw301:RedenWijziging>13</jw301:RedenWijziging>");
	}

	@Test
	@DisplayName("TOEW-7: the same change delivered twice, and 20 times at once, makes one JW301")
	void oneMessagePerChange() throws Exception {
		var w = world();
		decided(w);
		var event = new AllocationEnded(w.world().municipality(), w.allocationNumber(), LocalDate.parse("2026-12-20"),
				ChangeReason.CONTRACT_CHANGE, 0, Instant.parse("2026-11-16T09:55:00Z"));
		publish(event);
		publish(event);
		try (var pool = Executors.newFixedThreadPool(8)) {
			var tasks = new ArrayList<Callable<Object>>();
			for (var i = 0; i < 20; i++) {
				tasks.add(() -> {
					publish(event);
					return null;
				});
			}
			for (var f : pool.invokeAll(tasks)) {
				f.get();
			}
		}
		awaitHandled();
		assertThat(outgoing(w)).extracting(Sent::change).containsExactly("DECIDED", "ENDED");
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW301'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	@DisplayName("TOEW-7: without a BSN the JW301 waits ('BSN ontbreekt') and is sent when tried again after the BSN is recorded")
	void waitsForBsn() throws Exception {
		var w = world();
		decided(w);
		var helpRequest = jdbc.sql("select help_request_id from allocation_allocation where municipality_code = ? and number = ?")
				.params(w.world().municipality().value(), w.allocationNumber()).query(UUID.class).single();
		jdbc.sql("update help_request set bsn = null where id = ?").param(helpRequest).update();
		publish(new AllocationEnded(w.world().municipality(), w.allocationNumber(), LocalDate.parse("2026-12-21"),
				ChangeReason.REASSESSMENT_SHORTENING, 0, Instant.parse("2026-11-16T10:00:00Z")));
		awaitHandled();
		var waiting = outgoing(w).getLast();
		assertThat(waiting.status()).isEqualTo("WAITING_BSN");
		assertThat(waiting.problem()).isEqualTo("BSN ontbreekt");
		assertThat(waiting.xml()).isNull();
		var session = TestFixtures.login(mvc, w.professional());
		var page = mvc.perform(get("/ijw/uitgaande-berichten").param("status", "waiting_bsn").session(session))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Wacht: BSN ontbreekt").contains("Opnieuw proberen");

		// Still missing: trying again leaves it waiting.
		mvc.perform(post("/ijw/uitgaande-berichten/" + waiting.id() + "/opnieuw").session(session).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(outgoing(w).getLast().status()).isEqualTo("WAITING_BSN");

		jdbc.sql("update help_request set bsn = '999900006' where id = ?").param(helpRequest).update();
		mvc.perform(post("/ijw/uitgaande-berichten/" + waiting.id() + "/opnieuw").session(session).with(csrf()))
				.andExpect(status().is3xxRedirection());
		var sent = outgoing(w).getLast();
		assertThat(sent.status()).isEqualTo("SENT");
		assertThat(valid(sent.xml())).contains("<jw301:Einddatum>2026-12-21</jw301:Einddatum>");
		// a double click finds it sent and makes nothing new
		mvc.perform(post("/ijw/uitgaande-berichten/" + waiting.id() + "/opnieuw").session(session).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW301'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	@DisplayName("TOEW-7: a JW301 that is not valid against the iJw schemas is refused before it leaves, kept with its errors, never sent")
	void refusesInvalidMessage() throws Exception {
		var w = world();
		decided(w);
		// a unit outside WJ756 passes the product's own records but not the schema
		jdbc.sql("update allocation_allocation set unit = '99' where municipality_code = ? and number = ?")
				.params(w.world().municipality().value(), w.allocationNumber()).update();
		publish(new AllocationEnded(w.world().municipality(), w.allocationNumber(), LocalDate.parse("2026-12-18"),
				ChangeReason.REASSESSMENT_SHORTENING, 0, Instant.parse("2026-11-16T10:10:00Z")));
		awaitHandled();
		var refused = outgoing(w).getLast();
		assertThat(refused.status()).isEqualTo("INVALID");
		assertThat(refused.problem()).contains("99");
		assertThat(refused.xml()).isNull();
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW301'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(1);
	}

	/** The provider's JW302 on a JW301: its header kept, its own identification, and the given codes on the header. */
	static String jw302(MessagingWorld w, String jw301, String identification, String... codes) {
		var retourCodes = new StringBuilder();
		for (var code : codes) {
			retourCodes.append("<jw302:RetourCode>").append(code).append("</jw302:RetourCode>");
		}
		return IjwReference.example("JW302")
				.replace("<jw302:Afzender>0384</jw302:Afzender>", "<jw302:Afzender>" + w.world().municipality().value() + "</jw302:Afzender>")
				.replace("<jw302:Ontvanger>42420001</jw302:Ontvanger>", "<jw302:Ontvanger>" + MessagingWorld.AGB + "</jw302:Ontvanger>")
				.replace("<ijw:Identificatie>123456789012</ijw:Identificatie>", "<ijw:Identificatie>" + jw301 + "</ijw:Identificatie>")
				.replace("<jw302:IdentificatieRetour>9452b7eb-c87</jw302:IdentificatieRetour>",
						"<jw302:IdentificatieRetour>" + identification + "</jw302:IdentificatieRetour>")
				.replaceAll("(?s)<jw302:RetourCodes>.*</jw302:RetourCodes>",
						codes.length == 0 ? "" : "<jw302:RetourCodes>" + retourCodes + "</jw302:RetourCodes>");
	}

	@Test
	@DisplayName("TOEW-7: the provider's JW302 is linked to its JW301, accepted or rejected with its codes, shown on the allocation and the retour term met")
	void linksRetours() throws Exception {
		var w = world();
		var sent = decided(w);
		var accepted = jw302(w, sent.identification(), "R1", "0200");
		assertThat(SCHEMAS.validate(IjwMessageType.JW302, XML.parse(accepted.getBytes(StandardCharsets.UTF_8)))).isEmpty();
		mvc.perform(as(w.otherProvider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(accepted.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isForbidden());
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(accepted.getBytes(StandardCharsets.UTF_8))))
				.andExpect(status().isNoContent()).andExpect(header().string("X-Ijw-Accepted", "true"));
		// the same JW302 again changes nothing
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(accepted.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isNoContent());
		var first = outgoing(w).getFirst();
		assertThat(first.outcome()).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW302'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(1);

		// an unknown JW301 is refused
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(jw302(w, "ONBEKEND", "R2").getBytes(StandardCharsets.UTF_8)))).andExpect(status().isBadRequest());

		// a second JW301 (ended early), rejected by the provider with a code
		publish(new AllocationEnded(w.world().municipality(), w.allocationNumber(), LocalDate.parse("2026-12-10"),
				ChangeReason.REASSESSMENT_SHORTENING, 0, Instant.parse("2026-11-16T10:05:00Z")));
		awaitHandled();
		var ended = outgoing(w).getLast();
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(jw302(w, ended.identification(), "R3", "8848").getBytes(StandardCharsets.UTF_8))))
				.andExpect(status().isNoContent()).andExpect(header().string("X-Ijw-Accepted", "false"));
		var rejected = outgoing(w).getLast();
		assertThat(rejected.outcome()).isEqualTo("REJECTED");
		assertThat(rejected.remarks()).isEqualTo("8848");
		awaitHandled();

		// the allocation's page section: both JW301s, both retours, newest first
		var entries = allocationMessages.of(w.world().municipality(), w.allocationNumber());
		assertThat(entries).extracting(AllocationMessages.Entry::kind).containsExactlyInAnyOrder(
				AllocationMessages.Kind.ALLOCATION_MESSAGE, AllocationMessages.Kind.ALLOCATION_MESSAGE,
				AllocationMessages.Kind.RETOUR, AllocationMessages.Kind.RETOUR);
		assertThat(entries).filteredOn(e -> e.kind() == AllocationMessages.Kind.RETOUR)
				.extracting(AllocationMessages.Entry::status).containsExactlyInAnyOrder("ACCEPTED", "REJECTED");
		assertThat(entries).filteredOn(e -> "REJECTED".equals(e.status())).singleElement()
				.extracting(AllocationMessages.Entry::codes).isEqualTo(List.of("8848"));

		// OP090: the retour terms of both JW301s are met
		assertThat(jdbc.sql("""
				select count(*) from messaging_term where municipality_code = ? and message_type = 'JW301' and kind = 'RETOUR' and met_on is not null""")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(2);

		// the outgoing list shows the retours
		mvc.perform(as(w.provider(), get("/api/v1/ijw/outgoing")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.rows[0].outcome").value("REJECTED"))
				.andExpect(jsonPath("$.rows[0].retourCodes[0]").value("8848"));
	}

	@Test
	@DisplayName("TOEW-7: the start and stop of care the provider reported are listed on the allocation")
	void listsCareOnTheAllocation() throws Exception {
		var w = world();
		decided(w);
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(w.start("S1", "2026-12-02").getBytes(StandardCharsets.UTF_8)))).andExpect(status().isOk());
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(w.stop("E1", "2026-12-02", "2026-12-20", "31").getBytes(StandardCharsets.UTF_8)))).andExpect(status().isOk());
		var entries = allocationMessages.of(w.world().municipality(), w.allocationNumber());
		assertThat(entries).filteredOn(e -> e.kind() == AllocationMessages.Kind.CARE_STARTED).singleElement()
				.extracting(AllocationMessages.Entry::day).isEqualTo(LocalDate.parse("2026-12-02"));
		assertThat(entries).filteredOn(e -> e.kind() == AllocationMessages.Kind.CARE_STOPPED).singleElement()
				.satisfies(e -> {
					assertThat(e.day()).isEqualTo(LocalDate.parse("2026-12-20"));
					assertThat(e.detail()).isEqualTo("31");
				});
	}

	@Test
	@DisplayName("TOEW-7: a provider fetches only its own outgoing JW301s and their XML; staff see their municipality's; others nothing")
	void providerSeesOnlyItsOwn() throws Exception {
		var w = world();
		var sent = decided(w);
		var messageId = jdbc.sql("select message_id from messaging_outbox where id = ?").param(sent.id()).query(UUID.class).single();
		mvc.perform(as(w.provider(), get("/api/v1/ijw/outgoing"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.rows[0].allocationNumber").value(w.allocationNumber()));
		mvc.perform(as(w.provider(), get("/api/v1/ijw/outgoing/" + messageId))).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")));
		mvc.perform(as(w.otherProvider(), get("/api/v1/ijw/outgoing"))).andExpect(jsonPath("$.total").value(0));
		// a provider cannot widen its list to another provider
		mvc.perform(as(w.otherProvider(), get("/api/v1/ijw/outgoing").param("provider", MessagingWorld.AGB)))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(as(w.otherProvider(), get("/api/v1/ijw/outgoing/" + messageId))).andExpect(status().isNotFound());
		mvc.perform(as(w.professional(), get("/api/v1/ijw/outgoing").param("client", "999900006")
				.param("allocation", String.valueOf(w.allocationNumber())))).andExpect(jsonPath("$.total").value(1));
		mvc.perform(as(w.professional(), get("/api/v1/ijw/outgoing").param("client", "123"))).andExpect(status().isBadRequest());
		var elsewhere = fixtures.newWorld();
		var otherLead = fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team());
		mvc.perform(as(otherLead, get("/api/v1/ijw/outgoing"))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(as(otherLead, get("/api/v1/ijw/outgoing/" + messageId))).andExpect(status().isNotFound());
		mvc.perform(post("/ijw/uitgaande-berichten/" + sent.id() + "/opnieuw").session(TestFixtures.login(mvc, otherLead))
				.with(csrf())).andExpect(status().isNotFound());
	}
}
