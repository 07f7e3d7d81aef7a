package nl.jeugdregie.monitoring.internal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-2, MON-3: which periods a report may cover; "today" is 16 November 2026. */
class ReportPeriodPolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	@DisplayName("MON-2: an ended quarter is accepted with its first and last day")
	void acceptsAnEndedQuarter() {
		var check = ReportPeriodPolicy.quarter("2026-Q3", TODAY);
		assertThat(check).isEqualTo(new PeriodCheck.Accepted(
				new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "2026-Q3", "3e kwartaal 2026"), false));
		assertThat(ReportPeriodPolicy.quarter("2026-K3", TODAY)).isEqualTo(check);
	}

	@Test
	void acceptsTheRunningQuarterAsProvisional() {
		var check = (PeriodCheck.Accepted) ReportPeriodPolicy.quarter("2026-Q4", TODAY);
		assertThat(check.running()).isTrue();
		assertThat(check.period().referenceDate(TODAY)).isEqualTo(TODAY);
	}

	@Test
	@DisplayName("MON-2: a period that has not begun is refused in Dutch")
	void refusesPeriodsInTheFuture() {
		assertThat(ReportPeriodPolicy.quarter("2027-Q1", TODAY)).isEqualTo(ReportPeriodPolicy.FUTURE);
		assertThat(ReportPeriodPolicy.halfYear("2027-H1", TODAY)).isEqualTo(ReportPeriodPolicy.FUTURE);
		assertThat(ReportPeriodPolicy.year("2027", TODAY)).isEqualTo(ReportPeriodPolicy.FUTURE);
		assertThat(ReportPeriodPolicy.months("2026-12", "2027-01", TODAY)).isEqualTo(ReportPeriodPolicy.FUTURE);
	}

	@Test
	void refusesAReversedRangeOfMonths() {
		assertThat(ReportPeriodPolicy.months("2026-06", "2026-01", TODAY)).isEqualTo(ReportPeriodPolicy.REVERSED);
	}

	@Test
	void refusesUnreadablePeriodsWithAnExample() {
		assertThat(ReportPeriodPolicy.quarter("2026-Q5", TODAY)).isInstanceOfSatisfying(PeriodCheck.Refused.class,
				refused -> assertThat(refused.detail()).contains("2026-Q3"));
		assertThat(ReportPeriodPolicy.halfYear(null, TODAY)).isInstanceOf(PeriodCheck.Refused.class);
		assertThat(ReportPeriodPolicy.months("juni", "2026-07", TODAY)).isInstanceOf(PeriodCheck.Refused.class);
		assertThat(ReportPeriodPolicy.year("26", TODAY)).isInstanceOf(PeriodCheck.Refused.class);
	}

	@Test
	void namesHalfYearsAndRangesOfMonthsInDutch() {
		assertThat(ReportPeriod.halfYear(2026, 1).dutchName()).isEqualTo("1e halfjaar 2026");
		assertThat(ReportPeriod.halfYear(2026, 2).to()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(ReportPeriod.months(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 6)).dutchName())
				.isEqualTo("januari 2026 tot en met juni 2026");
	}
}
