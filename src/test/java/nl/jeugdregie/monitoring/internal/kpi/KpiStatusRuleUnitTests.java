package nl.jeugdregie.monitoring.internal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-4, SEC-2: how a KPI's measurement is judged against its target into a yearly status. */
class KpiStatusRuleUnitTests {

	private static final BigDecimal NINETY = new BigDecimal("90");

	@Test
	@DisplayName("MON-4: a share at the target meets an at-least norm; one request fewer misses it")
	void meetsAnAtLeastNormAtTheTargetAndMissesItJustBelow() {
		var met = judge(Direction.AT_LEAST, NINETY, ratio(45, 50), false);
		var missed = judge(Direction.AT_LEAST, NINETY, ratio(44, 50), false);

		assertThat(met.status()).isEqualTo(KpiStatus.MET);
		assertThat(met.label()).isEqualTo("Behaald");
		assertThat(met.shownValue()).isEqualByComparingTo("90");
		assertThat(missed.status()).isEqualTo(KpiStatus.MISSED);
		assertThat(missed.label()).isEqualTo("Niet behaald");
	}

	@Test
	@DisplayName("MON-4: percentages are compared exactly, so 449 of 500 (89.8%) misses 90% although it rounds to 90")
	void comparesPercentagesExactlyWithoutRounding() {
		var judgement = judge(Direction.AT_LEAST, NINETY, ratio(449, 500), false);

		assertThat(judgement.status()).isEqualTo(KpiStatus.MISSED);
		assertThat(Unit.PERCENT.format(judgement.shownValue())).isEqualTo("89,8%");
	}

	@Test
	@DisplayName("MON-4: an at-most norm is met at or below the target")
	void meetsAnAtMostNormAtOrBelowTheTarget() {
		var fifteen = new BigDecimal("15");
		assertThat(judge(Direction.AT_MOST, fifteen, ratio(15, 100), false).status()).isEqualTo(KpiStatus.MET);
		assertThat(judge(Direction.AT_MOST, fifteen, ratio(16, 100), false).status()).isEqualTo(KpiStatus.MISSED);
	}

	@Test
	@DisplayName("MON-4: while the year runs the judgement is provisional: on track or not on track")
	void callsTheJudgementProvisionalWhileTheYearRuns() {
		assertThat(judge(Direction.AT_LEAST, NINETY, ratio(47, 50), true).label()).isEqualTo("Op koers (voorlopig)");
		assertThat(judge(Direction.AT_LEAST, NINETY, ratio(40, 50), true).label()).isEqualTo("Niet op koers (voorlopig)");
	}

	@Test
	@DisplayName("MON-4, SEC-2: without a denominator there is no judgement: 'geen of te weinig gegevens'")
	void givesNoJudgementWithoutADenominator() {
		var judgement = judge(Direction.AT_LEAST, NINETY, ratio(0, 0), false);
		assertThat(judgement.status()).isEqualTo(KpiStatus.TOO_FEW);
		assertThat(judgement.shownValue()).isNull();
	}

	@Test
	@DisplayName("SEC-2, MON-4: a published denominator below 5 (true 0 to 5) gives no judgement at all, the same as none")
	void givesNoJudgementOnAPublishedDenominatorBelowFive() {
		var judgement = judge(Direction.AT_LEAST, NINETY, new Measurement.Ratio(new Share(4, 4, 0, 0)), false);
		assertThat(judgement.status()).isEqualTo(KpiStatus.TOO_FEW);
		assertThat(judgement.label()).isEqualTo("Geen of te weinig gegevens");
		assertThat(judgement.shownValue()).isNull();
		var fivePublishedAsZero = judge(Direction.AT_LEAST, NINETY, new Measurement.Ratio(new Share(5, 5, 0, 0)), false);
		assertThat(fivePublishedAsZero.status()).isEqualTo(KpiStatus.TOO_FEW);
	}

	@Test
	@DisplayName("SEC-2, MON-4: the verdict is decided on the true figures, the value shown from the published counts")
	void judgesOnTrueFiguresAndShowsThePublishedPercentage() {
		var judgement = judge(Direction.AT_LEAST, NINETY, new Measurement.Ratio(new Share(45, 50, 44, 50)), false);
		assertThat(judgement.status()).isEqualTo(KpiStatus.MET);
		assertThat(Unit.PERCENT.format(judgement.shownValue())).isEqualTo("88%");
	}

	@Test
	@DisplayName("MON-4, SEC-2: a median wait is judged in days, and not at all on a published count below 5")
	void judgesTheMedianWaitInDays() {
		var ten = new BigDecimal("10");
		assertThat(judge(Direction.AT_MOST, ten, new Measurement.Days(10L, 20, 21), false).status()).isEqualTo(KpiStatus.MET);
		assertThat(judge(Direction.AT_MOST, ten, new Measurement.Days(11L, 20, 19), false).status()).isEqualTo(KpiStatus.MISSED);
		assertThat(judge(Direction.AT_MOST, ten, new Measurement.Days(3L, 4, 0), false).status()).isEqualTo(KpiStatus.TOO_FEW);
		assertThat(judge(Direction.AT_MOST, ten, new Measurement.Days(null, 0, 0), false).status()).isEqualTo(KpiStatus.TOO_FEW);
	}

	@Test
	@DisplayName("MON-4: a hand-entered value is judged as entered; without one the KPI is not filled in yet")
	void judgesHandEnteredValues() {
		var entered = new Measurement.Entered(new BigDecimal("93.8"), "Jaaroverzicht", "Linda", Instant.EPOCH);
		assertThat(judge(Direction.AT_LEAST, NINETY, entered, false).status()).isEqualTo(KpiStatus.MET);
		assertThat(judge(Direction.AT_LEAST, NINETY, new Measurement.NotEntered(), false).label())
				.isEqualTo("Nog niet ingevuld");
	}

	@Test
	@DisplayName("MON-4: a year that has not begun has no status but 'not begun'")
	void reportsAYearNotBegun() {
		assertThat(judge(Direction.AT_LEAST, NINETY, new Measurement.NotStarted(), false).label())
				.isEqualTo("Jaar nog niet begonnen");
	}

	@Test
	void formatsValuesTheDutchWay() {
		assertThat(Unit.PERCENT.format(new BigDecimal("89.75"))).isEqualTo("89,8%");
		assertThat(Unit.PERCENT.format(new BigDecimal("90.00"))).isEqualTo("90%");
		assertThat(Unit.DAYS.format(new BigDecimal("12"))).isEqualTo("12 dagen");
		assertThat(Unit.DAYS.format(BigDecimal.ONE)).isEqualTo("1 dag");
		assertThat(Unit.NUMBER.format(new BigDecimal("1250"))).isEqualTo("1250");
	}

	@Test
	void ordersActionLineCodesNaturally() {
		assertThat(java.util.stream.Stream.of("5.10", "5.2", "A", "5.1").sorted(KpiRepository::naturally).toList())
				.containsExactly("5.1", "5.2", "5.10", "A");
	}

	private static KpiStatusRule.Judgement judge(Direction direction, BigDecimal target, Measurement measurement,
			boolean running) {
		return KpiStatusRule.judge(direction, target, measurement, running);
	}

	private static Measurement ratio(long numerator, long denominator) {
		// Published as the true counts, so the hand-computed percentages stay exact; see the SEC-2 tests for the rest.
		return new Measurement.Ratio(new Share(numerator, denominator, numerator, denominator));
	}
}
