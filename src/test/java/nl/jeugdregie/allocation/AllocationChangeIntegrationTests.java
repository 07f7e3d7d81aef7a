package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 16: ending early, changing the volume and withdrawing an allocation the way iJw prescribes (TOEW-1, TOEW-7). */
@IntegrationTest
@DisplayName("Issue 16: changing, ending and withdrawing allocations (TOEW-1, TOEW-7)")
class AllocationChangeIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	/** A decided allocation of 2 units at € 10,00 from 4-1-2027 to 28-3-2027 (12 weeks), with its people. */
	record Decided(TestFixtures.World world, CurrentUser professional, CurrentUser providerUser, CurrentUser keeper,
			long number) {}

	Decided decided(String frequency) throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", frequency);
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "10,00", "2026-01-01", "");
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", provider),
				"{\"username\":\"" + providerUser.username() + "\"}")).andExpect(status().isOk());
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900018");
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2027-01-04","validUntil":"2027-03-28"}"""
				.formatted(product, provider))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk());
		var body = mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		int number = JsonPath.read(body, "$.allocations[0].number");
		awaitCount("select count(*) from monitoring_in_kind_provision where municipality_code = ? and allocation_number = ?",
				1, world.municipality().value(), (long) number);
		return new Decided(world, professional, providerUser, keeper, number);
	}

	@Test
	@DisplayName("TOEW-1, TOEW-7: ending early keeps the number, recomputes the budget, keeps a history row and reaches monitoring; a later or equal end, an end before the start and a missing reason are refused by field")
	void endsEarlyKeepingTheNumber() throws Exception {
		var d = decided("2");
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-02-28\",\"reason\":\"02\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.allocation.number").value(d.number()))
				.andExpect(jsonPath("$.allocation.validUntil").value("2027-02-28"))
				.andExpect(jsonPath("$.allocation.status").value("CURRENT"))
				// 4-1 to 28-2: 8 weeks of 2 units at € 10,00.
				.andExpect(jsonPath("$.allocation.budgetCents").value(8 * 2 * 1000));
		mvc.perform(as(d.professional(), get("/api/v1/allocation/allocations/{n}/history", d.number())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.history.length()").value(1))
				.andExpect(jsonPath("$.history[0].kind").value("ENDED"))
				.andExpect(jsonPath("$.history[0].reason").value("02"))
				.andExpect(jsonPath("$.history[0].untilBefore").value("2027-03-28"))
				.andExpect(jsonPath("$.history[0].changedBy").value(d.professional().username()));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-02-28\",\"reason\":\"05\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("validUntil"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("eerdere laatste dag")));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-01-03\",\"reason\":\"05\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-01-31\",\"reason\":\"13\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		awaitCount("select count(*) from monitoring_in_kind_provision where municipality_code = ? and allocation_number = ? and valid_until = date '2027-02-28'",
				1, d.world().municipality().value(), d.number());
		assertThat(events("AllocationEnded", d)).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-7: a volume change of frequency 'total within the validity' keeps the number with the new budget; monitoring follows")
	void totalVolumeChangeKeepsTheNumber() throws Exception {
		var d = decided("6");
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", d.number()),
				"{\"volume\":\"5\",\"reason\":\"04\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.allocation.number").value(d.number()))
				.andExpect(jsonPath("$.allocation.volume").value(5))
				.andExpect(jsonPath("$.allocation.budgetCents").value(5 * 1000))
				.andExpect(jsonPath("$.newNumber").doesNotExist());
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", d.number()),
				"{\"volume\":\"5\",\"reason\":\"04\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("volume"));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", d.number()),
				"{\"volume\":\"nul\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("volume"));
		awaitCount("select count(*) from monitoring_in_kind_provision where municipality_code = ? and allocation_number = ? and budget_cents = 5000",
				1, d.world().municipality().value(), d.number());
		assertThat(events("AllocationVolumeChanged", d)).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-7: any other volume change ends the allocation the day before and decides a new number continuing it (no outflow in monitoring); the old one cannot change again")
	void otherVolumeChangeDecidesANewNumber() throws Exception {
		var d = decided("2");
		var body = mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", d.number()),
				"{\"volume\":\"3\",\"changeDate\":\"2027-02-01\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.allocation.validUntil").value("2027-01-31"))
				.andExpect(jsonPath("$.allocation.status").value("REPLACED"))
				.andReturn().getResponse().getContentAsString();
		long next = ((Number) JsonPath.read(body, "$.newNumber")).longValue();
		assertThat(next).isNotEqualTo(d.number());
		mvc.perform(as(d.professional(), get("/api/v1/allocation/allocations/{n}/history", next)))
				.andExpect(jsonPath("$.allocation.replaces").value(d.number()))
				.andExpect(jsonPath("$.allocation.volume").value(3))
				.andExpect(jsonPath("$.allocation.validFrom").value("2027-02-01"))
				.andExpect(jsonPath("$.allocation.validUntil").value("2027-03-28"))
				// 1-2 to 28-3: 8 weeks of 3 units at € 10,00.
				.andExpect(jsonPath("$.allocation.budgetCents").value(8 * 3 * 1000))
				.andExpect(jsonPath("$.history[0].kind").value("REPLACEMENT"));
		mvc.perform(as(d.professional(), get("/api/v1/allocation/allocations/{n}/history", d.number())))
				.andExpect(jsonPath("$.allocation.replacedBy").value(next))
				.andExpect(jsonPath("$.history[0].kind").value("REPLACED"))
				.andExpect(jsonPath("$.history[0].reason").value("05"));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-01-20\",\"reason\":\"05\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("vervangen door toewijzing " + next)));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", next),
				"{\"volume\":\"4\",\"changeDate\":\"2027-02-01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("changeDate"));
		var municipality = d.world().municipality().value();
		awaitCount("select count(*) from monitoring_allocation_continuation where municipality_code = ? and allocation_number = ? and continued_by = " + next,
				1, municipality, d.number());
		awaitCount("select count(*) from monitoring_in_kind_provision where municipality_code = ? and allocation_number = ? and valid_until = date '2027-01-31'",
				1, municipality, d.number());
		mvc.perform(as(d.providerUser(), get("/api/v1/allocation/allocations")))
				.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	@DisplayName("TOEW-7: a withdrawn allocation counts as never sent: gone from the provider's list and from monitoring, kept in its history, not changed again")
	void withdrawalTreatsTheAllocationAsNeverSent() throws Exception {
		var d = decided("2");
		mvc.perform(as(d.professional(), post("/api/v1/allocation/allocations/{n}/withdrawal", d.number())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.allocation.status").value("WITHDRAWN"));
		mvc.perform(as(d.providerUser(), get("/api/v1/allocation/allocations"))).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(as(d.professional(), get("/api/v1/allocation/allocations/{n}/history", d.number())))
				.andExpect(jsonPath("$.allocation.withdrawn").value(true))
				.andExpect(jsonPath("$.history[0].kind").value("WITHDRAWN"))
				.andExpect(jsonPath("$.history[0].reason").value("13"));
		mvc.perform(as(d.professional(), post("/api/v1/allocation/allocations/{n}/withdrawal", d.number())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("ingetrokken")));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-01-31\",\"reason\":\"05\"}"))
				.andExpect(status().isBadRequest());
		awaitCount("select count(*) from monitoring_in_kind_provision where municipality_code = ? and allocation_number = ?",
				0, d.world().municipality().value(), d.number());
		assertThat(events("AllocationWithdrawn", d)).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-7, TR385: an allocation with approved declarations cannot be withdrawn; ending it early still can")
	void withdrawalRefusedWithApprovedDeclarations() throws Exception {
		var d = decided("2");
		mvc.perform(json(d.providerUser(), post("/api/v1/allocation/declarations"), """
				{"allocationNumber":"%d","periodFrom":"2027-01-04","periodUntil":"2027-01-10","units":"2","tariff":"10,00"}"""
				.formatted(d.number()))).andExpect(status().isCreated());
		mvc.perform(as(d.professional(), post("/api/v1/allocation/allocations/{n}/withdrawal", d.number())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("TR385")));
		mvc.perform(json(d.professional(), post("/api/v1/allocation/allocations/{n}/end", d.number()),
				"{\"validUntil\":\"2027-01-31\",\"reason\":\"09\"}"))
				.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from allocation_allocation where municipality_code = ? and number = ? and withdrawn_at is null")
				.params(d.world().municipality().value(), d.number()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-7: only the team's case workers change an allocation: another team 403, a provider and a policy officer 403, another municipality 404")
	void accessPerRoleAndMunicipality() throws Exception {
		var d = decided("2");
		var otherTeam = fixtures.user(Role.YOUTH_PROFESSIONAL, d.world().municipality(), d.world().otherTeam());
		var elsewhere = fixtures.newWorld();
		var otherMunicipality = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var bodies = java.util.Map.of("end", "{\"validUntil\":\"2027-01-31\",\"reason\":\"05\"}", "volume-change",
				"{\"volume\":\"3\",\"changeDate\":\"2027-02-01\"}", "withdrawal", "{}");
		for (var path : bodies.keySet()) {
			var uri = "/api/v1/allocation/allocations/" + d.number() + "/" + path;
			var end = bodies.get(path);
			mvc.perform(json(otherTeam, post(uri), end)).andExpect(status().isForbidden());
			mvc.perform(json(d.providerUser(), post(uri), end)).andExpect(status().isForbidden());
			mvc.perform(json(d.keeper(), post(uri), end)).andExpect(status().isForbidden());
			mvc.perform(json(otherMunicipality, post(uri), end)).andExpect(status().isNotFound());
		}
		var history = "/api/v1/allocation/allocations/" + d.number() + "/history";
		mvc.perform(as(otherTeam, get(history))).andExpect(status().isForbidden());
		mvc.perform(as(d.providerUser(), get(history))).andExpect(status().isForbidden());
		mvc.perform(as(otherMunicipality, get(history))).andExpect(status().isNotFound());
		mvc.perform(get("/toewijzing/toewijzingen/{n}", d.number()).session(TestFixtures.login(mvc, otherTeam)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/toewijzing/toewijzingen/{n}", d.number()).session(TestFixtures.login(mvc, d.providerUser())))
				.andExpect(status().isForbidden());
		mvc.perform(get("/toewijzing/toewijzingen/{n}", d.number()).session(TestFixtures.login(mvc, d.professional())))
				.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from allocation_allocation_change where municipality_code = ?")
				.param(d.world().municipality().value()).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("TOEW-7: 30 identical parallel requests of each action: exactly one effect, one history row, one event")
	void thirtyParallelRequestsChangeOnce() throws Exception {
		var ended = decided("2");
		assertThat(parallel(() -> json(ended.professional(), post("/api/v1/allocation/allocations/{n}/end", ended.number()),
				"{\"validUntil\":\"2027-02-28\",\"reason\":\"05\"}"))).containsOnly(200, 400).filteredOn(s -> s == 200).hasSize(1);
		assertThat(historyRows(ended)).isEqualTo(1);
		assertThat(events("AllocationEnded", ended)).isEqualTo(1);

		var changed = decided("2");
		assertThat(parallel(() -> json(changed.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", changed.number()),
				"{\"volume\":\"3\",\"changeDate\":\"2027-02-01\"}"))).containsOnly(200, 400).filteredOn(s -> s == 200).hasSize(1);
		assertThat(historyRows(changed)).isEqualTo(1);
		assertThat(events("AllocationEnded", changed)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from allocation_allocation where municipality_code = ?")
				.param(changed.world().municipality().value()).query(Long.class).single()).isEqualTo(2);

		var total = decided("6");
		assertThat(parallel(() -> json(total.professional(), post("/api/v1/allocation/allocations/{n}/volume-change", total.number()),
				"{\"volume\":\"7\",\"reason\":\"04\"}"))).containsOnly(200, 400).filteredOn(s -> s == 200).hasSize(1);
		assertThat(historyRows(total)).isEqualTo(1);
		assertThat(events("AllocationVolumeChanged", total)).isEqualTo(1);

		var withdrawn = decided("2");
		assertThat(parallel(() -> as(withdrawn.professional(), post("/api/v1/allocation/allocations/{n}/withdrawal", withdrawn.number()))))
				.containsOnly(200, 400).filteredOn(s -> s == 200).hasSize(1);
		assertThat(historyRows(withdrawn)).isEqualTo(1);
		assertThat(events("AllocationWithdrawn", withdrawn)).isEqualTo(1);
	}

	private ConcurrentLinkedQueue<Integer> parallel(java.util.function.Supplier<MockHttpServletRequestBuilder> request)
			throws Exception {
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

	private long historyRows(Decided d) {
		return jdbc.sql("select count(*) from allocation_allocation_change where municipality_code = ? and allocation_number = ?")
				.params(d.world().municipality().value(), d.number()).query(Long.class).single();
	}

	/** How often allocation published the event for this allocation (as monitoring's change projection received it). */
	private long events(String type, Decided d) {
		return jdbc.sql("""
				select count(*) from event_publication where event_type like ? and listener_id like '%AllocationChangeProjection%'
				  and serialized_event like ? and serialized_event like ?""")
				.params("%." + type, "%" + d.world().municipality().value() + "%", "%\"allocationNumber\":" + d.number() + ",%")
				.query(Long.class).single();
	}

	private void awaitCount(String sql, long expected, Object... params) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(sql).params(params).query(Long.class).single() == expected);
	}
}
