package nl.jeugdregie.steering.internal.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-5: quarterly figures only for a period that ended and is not closed")
class FigureForOpenPeriodUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private final FigureForOpenPeriod rule = new FigureForOpenPeriod();

	@Test
	void acceptsAnEndedOpenQuarter() {
		assertThat(rule.check("period", quarter("2026-K3"), TODAY, List.of())).isEmpty();
	}

	@Test
	void refusesAQuarterTheMunicipalityClosed() {
		assertThat(rule.check("period", quarter("2026-K3"), TODAY, List.of(LocalDate.of(2026, 7, 1)))).get()
				.extracting(Refusal::code).isEqualTo("steering.refusal.period.closed");
	}

	@Test
	void refusesAHalfYearHoldingAClosedQuarter() {
		var halfYear = NormPeriod.HALF_YEAR.parse("2026-H1").orElseThrow();

		assertThat(rule.check("period", halfYear, TODAY, List.of(LocalDate.of(2026, 4, 1)))).get()
				.extracting(Refusal::code).isEqualTo("steering.refusal.period.closed");
	}

	@Test
	void refusesTheRunningQuarter() {
		assertThat(rule.check("period", quarter("2026-K4"), TODAY, List.of())).get()
				.extracting(Refusal::code).isEqualTo("steering.refusal.period.notEnded");
	}

	@Test
	void readsPeriodLabelsAndFindsTheLastEndedPeriod() {
		assertThat(quarter("2026-K3").start()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(quarter("2026-K3").end()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(NormPeriod.QUARTER.lastEndedOn(TODAY).label()).isEqualTo("2026-K3");
		assertThat(NormPeriod.HALF_YEAR.lastEndedOn(TODAY).label()).isEqualTo("2026-H1");
		assertThat(NormPeriod.YEAR.lastEndedOn(TODAY).label()).isEqualTo("2025");
		assertThat(NormPeriod.QUARTER.parse("2026-Q3")).isEmpty();
	}

	private static ReportingPeriod quarter(String label) {
		return NormPeriod.QUARTER.parse(label).orElseThrow();
	}
}
