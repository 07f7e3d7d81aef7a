package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * MON-5: 30 identical parallel PUTs of an aftercare decision (a double click, a retrying client) record it once:
 * the allocation's row lock orders them, the first changes it and the others find it already said so.
 */
@IntegrationTest
@DisplayName("MON-5: 30 parallel identical aftercare decisions record one decision, one audit row and one event")
class AftercareConcurrencyIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("MON-5: 30 parallel first decisions, 30 parallel changes on version 1, 30 parallel changes with one Idempotency-Key: each once in the table, the audit trail, the events and monitoring")
	void thirtyParallelPutsRecordOnce() throws Exception {
		var s = AftercareSetting.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var number = s.ended("999900067");
		var uri = "/api/v1/allocation/allocations/" + number + "/aftercare";

		assertThat(parallel(() -> json(s.professional(), put(uri), "{\"kind\":\"CJG\",\"from\":\"2026-11-02\"}")))
				.containsOnly(200);
		assertThat(decision(s, number)).isEqualTo("CJG 1");
		assertThat(audited(s, number)).isEqualTo(1);
		assertThat(events(s, number)).isEqualTo(1);

		assertThat(parallel(() -> json(s.professional(), put(uri).header("If-Match", "\"1\""), "{\"kind\":\"NONE\"}")))
				.containsOnly(200);
		assertThat(decision(s, number)).isEqualTo("NONE 2");
		assertThat(audited(s, number)).isEqualTo(2);
		assertThat(events(s, number)).isEqualTo(2);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from monitoring_aftercare where municipality_code = ? and allocation_number = ? and kind = 'NONE' and version = 2")
				.params(s.world().municipality().value(), number).query(Long.class).single() == 1);

		// With one Idempotency-Key (the platform's filter, as on other changes): once, and replayed afterwards even
		// when the decision has changed since, so a client's retry never turns into a stale answer.
		var key = UUID.randomUUID().toString();
		Supplier<MockHttpServletRequestBuilder> keyed = () -> json(s.professional(),
				put(uri).header("If-Match", "\"2\"").header("Idempotency-Key", key), "{\"kind\":\"CJG\",\"from\":\"2026-11-02\"}");
		assertThat(parallel(keyed)).containsOnly(200);
		assertThat(decision(s, number)).isEqualTo("CJG 3");
		assertThat(audited(s, number)).isEqualTo(3);
		assertThat(events(s, number)).isEqualTo(3);
		mvc.perform(json(s.professional(), put(uri).header("If-Match", "\"3\""), "{\"kind\":\"NONE\"}"))
				.andExpect(status().isOk()).andExpect(header().string("ETag", "\"4\""));
		// The platform's replay repeats the first answer: status, body and its ETag (issue 19 item 2).
		mvc.perform(keyed.get())
				.andExpect(status().isOk())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(header().string("ETag", "\"3\""))
				.andExpect(jsonPath("$.decision.kind").value("CJG"))
				.andExpect(jsonPath("$.decision.version").value(3));
		assertThat(decision(s, number)).isEqualTo("NONE 4");
	}

	private ConcurrentLinkedQueue<Integer> parallel(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		var statuses = new ConcurrentLinkedQueue<Integer>();
		try (var pool = Executors.newFixedThreadPool(30)) {
			var start = new CountDownLatch(1);
			for (int i = 0; i < 30; i++) {
				pool.submit(() -> {
					start.await();
					try {
						statuses.add(mvc.perform(request.get()).andReturn().getResponse().getStatus());
					}
					catch (Throwable failed) {
						failed.printStackTrace(System.out);
						statuses.add(-1);
					}
					return null;
				});
			}
			start.countDown();
		}
		assertThat(statuses).hasSize(30);
		return statuses;
	}

	private String decision(AftercareSetting s, long number) {
		return jdbc.sql("select kind || ' ' || version from allocation_aftercare where municipality_code = ? and allocation_number = ?")
				.params(s.world().municipality().value(), number).query(String.class).single();
	}

	private long audited(AftercareSetting s, long number) {
		return jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'UPDATE' and what like ?")
				.params(s.professional().username(), "Nazorg bij toewijzing " + number + " %").query(Long.class).single();
	}

	private long events(AftercareSetting s, long number) {
		return jdbc.sql("""
				select count(*) from event_publication where event_type like '%.AftercareRecorded'
				  and listener_id like '%AftercareProjection%' and serialized_event like ? and serialized_event like ?""")
				.params("%" + s.world().municipality().value() + "%", "%\"allocationNumber\":" + number + ",%")
				.query(Long.class).single();
	}
}
