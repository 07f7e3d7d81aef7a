package nl.jeugdregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Adulthood;
import nl.jeugdregie.allocation.AftercareKind;
import nl.jeugdregie.allocation.AftercareRecorded;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MON-5 (ADR 0058): the transformation report counts aftercare decisions by the quarter in which the care ended,
 * through the disclosure control (SEC-2), from monitoring's read model of {@link AftercareRecorded}.
 */
@IntegrationTest
@DisplayName("MON-5: aftercare decisions counted in the transformation report by the quarter the care ended")
class AftercareFiguresIntegrationTests {

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 31);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("MON-5: 6 by the CJG, 7 by another party (one changed from the CJG, its old version redelivered late), 6 needing none and 6 ended without a decision (a continued one not counted) in Q2; no 'nog geen gegevens' section")
	void countsAftercareByTheQuarterTheCareEnded() throws Exception {
		var world = fixtures.newWorld();
		var m = world.municipality();
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, m, null);
		transactions.executeWithoutResult(status -> {
			for (var i = 0; i < 26; i++) {
				publisher.publishEvent(decided(m, 800_000 + i, LocalDate.of(2026, 1, 5), LAST_DAY, List.of()));
			}
			// 800025 is continued by 800026 (last day in Q4, not yet passed): no outflow, so no missing decision.
			publisher.publishEvent(decided(m, 800_026, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), List.of(800_025L)));
		});
		awaitCount("select count(*) from monitoring_in_kind_provision where municipality_code = ?", 27, m.value());

		transactions.executeWithoutResult(status -> {
			for (var i = 0; i < 6; i++) {
				publisher.publishEvent(recorded(m, 800_000 + i, AftercareKind.CJG, LocalDate.of(2026, 6, 1), 1));
			}
			publisher.publishEvent(recorded(m, 800_006, AftercareKind.CJG, LocalDate.of(2026, 6, 1), 1));
			for (var i = 6; i < 13; i++) {
				publisher.publishEvent(recorded(m, 800_000 + i, AftercareKind.OTHER_PARTY, LocalDate.of(2026, 6, 15), i == 6 ? 2 : 1));
			}
			for (var i = 13; i < 19; i++) {
				publisher.publishEvent(recorded(m, 800_000 + i, AftercareKind.NONE, null, 1));
			}
		});
		awaitCount("select count(*) from monitoring_aftercare where municipality_code = ?", 19, m.value());
		awaitCount("select count(*) from monitoring_aftercare where municipality_code = ? and allocation_number = 800006 and kind = 'OTHER_PARTY' and version = 2",
				1, m.value());
		// The first version of 800006 delivered again, late: the later decision stays.
		transactions.executeWithoutResult(status -> publisher.publishEvent(
				recorded(m, 800_006, AftercareKind.CJG, LocalDate.of(2026, 6, 1), 1)));
		awaitCount("select count(*) from event_publication where completion_date is null", 0);
		awaitCount("select count(*) from monitoring_aftercare where municipality_code = ? and allocation_number = 800006 and kind = 'OTHER_PARTY' and version = 2",
				1, m.value());

		var json = mvc.perform(get("/api/v1/reports/transformation").param("year", "2026").with(TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.sections.length()")).isEqualTo(1);
		assertThat(json).doesNotContain("nog geen gegevens");
		var expected = Map.of("Nazorg door het CJG", 6L, "Nazorg door een andere partij", 7L, "Geen nazorg nodig", 6L,
				"Beëindigde zorg zonder vastgelegd besluit over nazorg", 6L);
		List<List<Map<String, Object>>> rows = JsonPath.read(json, "$.sections[0].rows");
		for (var entry : expected.entrySet()) {
			var row = rows.stream().filter(r -> entry.getKey().equals(r.get(0).get("text"))).findFirst().orElseThrow();
			assertThat(Published.allows(0, number(row.get(1)))).as(entry.getKey() + " Q1").isTrue();
			assertThat(Published.allows(entry.getValue(), number(row.get(2)))).as(entry.getKey() + " Q2").isTrue();
			assertThat(Published.allows(0, number(row.get(3)))).as(entry.getKey() + " Q3").isTrue();
			assertThat(Published.allows(0, number(row.get(4)))).as(entry.getKey() + " Q4").isTrue();
			assertThat(Published.allows(entry.getValue(), number(row.get(5)))).as(entry.getKey() + " year").isTrue();
		}
		// Outflow still counts every ended allocation that nothing continues, with or without a decision.
		var outflow = rows.stream().filter(r -> "Uitstroom: toewijzing afgelopen zonder aansluitende toewijzing"
				.equals(r.get(0).get("text"))).findFirst().orElseThrow();
		assertThat(Published.allows(25, number(outflow.get(2)))).isTrue();
	}

	private static long number(Map<String, Object> cell) {
		return ((Number) cell.get("number")).longValue();
	}

	private static AllocationDecided decided(MunicipalityCode m, long number, LocalDate from, LocalDate until,
			List<Long> continues) {
		return new AllocationDecided(m, number, new AgbCode("98000011"), ProductCategory.PLEEGZORG_2015,
				new ProductCode("35A01"), Financing.IN_KIND, 1, Unit.DAY_AND_NIGHT, Frequency.PER_DAY, from, until, 100_00,
				true, false, false, from, Adulthood.UNKNOWN, continues);
	}

	private static AftercareRecorded recorded(MunicipalityCode m, long number, AftercareKind kind, @Nullable LocalDate from,
			long version) {
		return new AftercareRecorded(m, number, kind, from, LAST_DAY, version, Instant.parse("2026-11-16T09:00:00Z"));
	}

	private void awaitCount(String sql, long expected, Object... params) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(sql).params(params).query(Long.class).single() == expected);
	}
}
