package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.steering.internal.norms.NormEvaluation;
import nl.jeugdregie.steering.internal.norms.NormEvaluations;
import nl.jeugdregie.steering.internal.norms.NormStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Memo 001's norms for Oss, seeded on their core conditions, and the budget-share norm computed from the lines. */
@IntegrationTest
class SteeringNormsSeedIntegrationTests {

	@Autowired JdbcClient jdbc;
	@Autowired NormEvaluations evaluations;

	@Test
	@DisplayName("STU-5: Oss's norms are seeded as in memo 001, each on its core condition")
	void seedsTheMemosNormsForOss() {
		var norms = jdbc.sql("""
				select n.code, t.code as type, n.kind, n.target, n.deadline, n.period, n.effective_from, n.measure, n.term_weeks
				from steering_norm n join steering_core_condition c on c.id = n.core_condition_id
				     join steering_type_of_work t on t.id = c.type_of_work_id join steering_assignment a on a.id = n.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 order by n.code""")
				.query((rs, row) -> tuple(rs.getString("code"), rs.getString("type"), rs.getString("kind"),
						rs.getBigDecimal("target") == null ? null : rs.getBigDecimal("target").stripTrailingZeros().toPlainString(),
						rs.getObject("deadline", LocalDate.class), rs.getString("period"),
						rs.getObject("effective_from", LocalDate.class), rs.getString("measure"),
						(Integer) rs.getObject("term_weeks")))
				.list();

		assertThat(norms).containsExactly(
				tuple("CJG-1", "YOUTH", "DEADLINE", null, LocalDate.of(2022, 1, 1), "YEAR", LocalDate.of(2021, 1, 1), "PROVIDER_FIGURES", null),
				tuple("CJG-2", "YOUTH", "DEADLINE", null, LocalDate.of(2023, 1, 1), "YEAR", LocalDate.of(2022, 1, 1), "PROVIDER_FIGURES", null),
				tuple("CSW-1", "COLLECTIVE_SOCIAL_WORK", "COUNT_AT_LEAST", "11", null, "QUARTER", LocalDate.of(2023, 1, 1), "PROVIDER_FIGURES", null),
				tuple("CSW-2", "COLLECTIVE_SOCIAL_WORK", "DEADLINE", null, LocalDate.of(2022, 1, 1), "YEAR", LocalDate.of(2021, 1, 1), "PROVIDER_FIGURES", null),
				tuple("CSW-3", "COLLECTIVE_SOCIAL_WORK", "DEADLINE", null, LocalDate.of(2024, 1, 1), "YEAR", LocalDate.of(2022, 1, 1), "PROVIDER_FIGURES", null),
				tuple("IO-1", "COLLECTIVE_SOCIAL_WORK", "DEADLINE", null, LocalDate.of(2022, 1, 31), "YEAR", LocalDate.of(2021, 1, 1), "PROVIDER_FIGURES", null),
				tuple("IO-2", "COLLECTIVE_SOCIAL_WORK", "DEADLINE", null, LocalDate.of(2023, 1, 31), "YEAR", LocalDate.of(2022, 1, 1), "PROVIDER_FIGURES", null),
				tuple("ISW-1", "INDIVIDUAL_SOCIAL_WORK", "PERCENT_AT_LEAST", "90", null, "QUARTER", LocalDate.of(2021, 1, 1), "FIRST_CONVERSATION_WITHIN_TERM", 4),
				tuple("ISW-2", "INDIVIDUAL_SOCIAL_WORK", "PERCENT_AT_LEAST", "100", null, "QUARTER", LocalDate.of(2021, 1, 1), "FIRST_CONVERSATION_WITHIN_TERM", 6),
				tuple("ISW-3", "INDIVIDUAL_SOCIAL_WORK", "PERCENT_AT_LEAST", "80", null, "QUARTER", LocalDate.of(2022, 1, 1), "PROVIDER_FIGURES", null),
				tuple("ISW-4", "INDIVIDUAL_SOCIAL_WORK", "PERCENT_AT_MOST", "10", null, "QUARTER", LocalDate.of(2021, 1, 1), "WMO_REFERRALS_AFTER_CLOSURE", null),
				tuple("ISW-5", "INDIVIDUAL_SOCIAL_WORK", "PERCENT_AT_MOST", "30", null, "YEAR", LocalDate.of(2023, 1, 1), "INDIVIDUAL_WORK_BUDGET_SHARE", null));
		var wording = jdbc.sql("select description from steering_norm where code = 'ISW-1' and assignment_id = (select id from steering_assignment where municipality_code = '0828' and year = 2021)")
				.query(String.class).single();
		assertThat(wording).isEqualTo("90% van de aangemelde inwoners heeft binnen vier weken na aanmelding een eerste vraagverhelderingsgesprek.");
	}

	@Test
	@DisplayName("STU-5: the informal-support plan (before 1 February) and the CJG prevention plan (1-1-2022, yearly) are deadline norms on their core conditions")
	void seedsThePlanDeadlinesOfMemo001OnTheirCoreConditions() {
		var conditions = jdbc.sql("""
				select n.code, c.title from steering_norm n join steering_core_condition c on c.id = n.core_condition_id
				join steering_assignment a on a.id = n.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 and n.code in ('IO-1', 'CJG-1') order by n.code""")
				.query((rs, row) -> tuple(rs.getString(1), rs.getString(2))).list();
		assertThat(conditions).containsExactly(tuple("CJG-1", "Kernbeding Toegang jeugd"),
				tuple("IO-1", "Kernbeding organisatie informele ondersteuning"));
		var oss = jdbc.sql("select id from steering_assignment where municipality_code = '0828' and year = 2021")
				.query(Long.class).single();
		// Nothing delivered, deadlines passed: both missed, so the provider explains (STU-5).
		assertThat(evaluations.statusesOn(oss, LocalDate.of(2026, 11, 16)).stream()
				.filter(e -> e.norm().code().equals("IO-1") || e.norm().code().equals("CJG-2")))
				.extracting(NormEvaluation::status).containsOnly(NormStatus.MISSED).hasSize(2);
	}

	@Test
	@DisplayName("STU-5, BEY-3: the 30 % budget norm is computed from Oss's financing lines: 52,12 %, missed")
	void computesTheBudgetShareNormFromTheFinancingLines() {
		var oss = jdbc.sql("select id from steering_assignment where municipality_code = '0828' and year = 2021")
				.query(Long.class).single();

		var share = evaluations.statusesOn(oss, LocalDate.of(2026, 11, 16)).stream()
				.filter(evaluation -> evaluation.norm().code().equals("ISW-5")).findFirst().orElseThrow();

		// 2.520.969,18 / (2.520.969,18 + 2.316.006,88) of the lines, as an independent computation.
		var expected = new BigDecimal("252096918").multiply(BigDecimal.valueOf(100))
				.divide(new BigDecimal("252096918").add(new BigDecimal("231600688")), 2, java.math.RoundingMode.HALF_UP);
		assertThat(share.figure()).isEqualByComparingTo(expected).isEqualByComparingTo("52.12");
		assertThat(share.status()).isEqualTo(NormStatus.MISSED);
		assertThat(share.period().label()).isEqualTo("2025");
		assertThat(share.causeAnalysisRequired()).isTrue();
		assertThat(evaluations.needingAttentionOn(oss, LocalDate.of(2026, 11, 16))).extracting(NormEvaluation::norm)
				.extracting(n -> n.code()).contains("ISW-5");
	}
}
