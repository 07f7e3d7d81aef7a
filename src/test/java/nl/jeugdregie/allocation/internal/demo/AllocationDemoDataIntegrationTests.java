package nl.jeugdregie.allocation.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.allocation.internal.catalogue.CatalogueKeeping;
import nl.jeugdregie.allocation.internal.decision.DecisionService;
import nl.jeugdregie.allocation.internal.provider.ProviderKeeping;
import nl.jeugdregie.allocation.internal.waitingtime.WaitingTimes;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15 item 9: the demo's product list, providers and allocations are made through the services. */
@IntegrationTest
@DisplayName("Issue 15: demo data for allocation through the services (TOEW-2, TOEW-3, TOEW-6)")
class AllocationDemoDataIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired UserAccounts accounts;
	@Autowired CatalogueKeeping catalogue;
	@Autowired ProviderKeeping keeping;
	@Autowired WaitingTimes waitingTimes;
	@Autowired ArrangementService arrangements;
	@Autowired DecisionService decisions;
	@Autowired nl.jeugdregie.allocation.internal.cjgtransfer.CjgScopes cjgScopes;
	@Autowired JdbcClient jdbc;
	@Autowired Clock clock;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	void seedsProductsProvidersWaitingTimesAndAllocations() {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var applications = new nl.jeugdregie.allocation.Applications(registration, lifecycle, checklists, jdbc);
		applications.applied(professional, "999900018");
		applications.applied(professional, "999900031");
		var demo = new AllocationDemoData(accounts, catalogue, keeping, waitingTimes, arrangements, decisions, cjgScopes, jdbc, clock,
				keeper.username(), professional.username());

		assertThat(demo.seed(keeper, professional)).isEqualTo(2);
		var municipality = world.municipality().value();
		assertThat(count("allocation_product", municipality)).isEqualTo(10);
		assertThat(count("allocation_provider", municipality)).isEqualTo(10);
		assertThat(count("allocation_allocation", municipality)).isEqualTo(2);
		// TOEW-8: ambulant help moves to the CJG on extension, announced to its providers today.
		assertThat(count("allocation_cjg_scope", municipality)).isEqualTo(1);
		assertThat(count("allocation_cjg_notice", municipality)).isPositive();
		var ambulant = jdbc.sql("select id from allocation_product where municipality_code = ? and code = '45A01'")
				.param(municipality).query(java.util.UUID.class).single();
		var options = waitingTimes.options(professional, new ProductId(ambulant), LocalDate.now(clock));
		assertThat(options).hasSize(4);
		assertThat(options.getFirst().providerName()).isEqualTo("Zorgboerderij Het Veld");
		assertThat(options).anySatisfy(option -> assertThat(option.flagged()).isTrue());
	}

	private long count(String table, String municipality) {
		return jdbc.sql("select count(*) from " + table + " where municipality_code = ?").param(municipality)
				.query(Long.class).single();
	}
}
