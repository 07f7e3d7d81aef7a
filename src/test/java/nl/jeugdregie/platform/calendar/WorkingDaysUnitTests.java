package nl.jeugdregie.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADR 0037: the working-day calendar the iJw answer terms (OP090, OP271, OP272, OP274, OP346) are counted in. */
class WorkingDaysUnitTests {

	@ParameterizedTest(name = "{0}: Easter {1}, Ascension {2}, Whit Monday {3}, King''s Day {4}")
	@CsvSource({
			"2024, 2024-03-31, 2024-05-09, 2024-05-20, 2024-04-27",
			"2025, 2025-04-20, 2025-05-29, 2025-06-09, 2025-04-26",
			"2026, 2026-04-05, 2026-05-14, 2026-05-25, 2026-04-27",
			"2027, 2027-03-28, 2027-05-06, 2027-05-17, 2027-04-27",
			"2028, 2028-04-16, 2028-05-25, 2028-06-05, 2028-04-27",
			"2029, 2029-04-01, 2029-05-10, 2029-05-21, 2029-04-27",
			"2030, 2030-04-21, 2030-05-30, 2030-06-10, 2030-04-27" })
	@DisplayName("Knows the movable holidays and King's Day of 2024–2030")
	void knowsTheHolidaysOf2024To2030(int year, LocalDate easter, LocalDate ascension, LocalDate whitMonday,
			LocalDate kingsDay) {
		var holidays = DutchPublicHolidays.of(year);
		assertThat(DutchPublicHolidays.easterSunday(year)).isEqualTo(easter);
		assertThat(holidays).containsEntry(easter.plusDays(1), "Tweede Paasdag")
				.containsEntry(ascension, "Hemelvaartsdag")
				.containsEntry(whitMonday, "Tweede Pinksterdag")
				.containsEntry(whitMonday.minusDays(1), "Eerste Pinksterdag")
				.containsEntry(kingsDay, "Koningsdag")
				.containsEntry(LocalDate.of(year, 1, 1), "Nieuwjaarsdag")
				.containsEntry(LocalDate.of(year, 5, 5), "Bevrijdingsdag")
				.containsEntry(LocalDate.of(year, 12, 25), "Eerste Kerstdag")
				.containsEntry(LocalDate.of(year, 12, 26), "Tweede Kerstdag")
				.hasSize(10);
		assertThat(WorkingDays.isWorkingDay(easter.minusDays(2))).as("Good Friday is a working day").isTrue();
	}

	@ParameterizedTest(name = "Easter {1} in {0}")
	@CsvSource({ "1818, 1818-03-22", "2000, 2000-04-23", "2019, 2019-04-21", "2038, 2038-04-25", "2285, 2285-03-22" })
	@DisplayName("Computes Easter also at the extremes of its range (22 March to 25 April)")
	void computesEasterAtTheExtremes(int year, LocalDate easter) {
		assertThat(DutchPublicHolidays.easterSunday(year)).isEqualTo(easter);
	}

	@Test
	@DisplayName("King's Day moves to 26 April when 27 April is a Sunday (2025, 2031), never to the 28th")
	void movesKingsDayBeforeASunday() {
		assertThat(DutchPublicHolidays.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
		assertThat(DutchPublicHolidays.kingsDay(2031)).isEqualTo(LocalDate.of(2031, 4, 26));
		assertThat(DutchPublicHolidays.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
	}

	@Test
	@DisplayName("Liberation Day is a holiday every year, also outside the five-yearly lustrum")
	void keepsLiberationDayEveryYear() {
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).isFalse(); // a Tuesday, no lustrum
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse(); // a Monday, lustrum
	}

	@Test
	@DisplayName("Saturdays and Sundays are not working days; an ordinary Monday is")
	void skipsWeekends() {
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 14))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 15))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 16))).isTrue();
	}

	@ParameterizedTest(name = "{1} working days after {0}: {2}")
	@CsvSource({
			// OP090: a message received on a Monday is answered by Thursday.
			"2026-11-16, 3, 2026-11-19",
			// Received on a Friday: the weekend does not count.
			"2026-11-20, 3, 2026-11-25",
			// Received on a Saturday: the term starts on Monday.
			"2026-11-21, 3, 2026-11-25",
			// Christmas and New Year: 24 Dec (Thu) + 3 = Wed 30 Dec; 31 Dec + 3 = Wed 6 Jan 2027 (Fri 1 Jan is a holiday).
			"2026-12-24, 3, 2026-12-30",
			"2026-12-31, 3, 2027-01-06",
			// Easter 2026: Thursday 2 April + 3 = Wednesday 8 April (Good Friday counts, Easter Monday does not).
			"2026-04-02, 3, 2026-04-08",
			// King's Day on Saturday 26 April 2025 falls in the weekend anyway.
			"2025-04-24, 3, 2025-04-29",
			// OP274: five working days over Ascension 2026 (Thursday 14 May) and Liberation Day (Tuesday 5 May).
			"2026-05-11, 5, 2026-05-19",
			"2026-05-01, 5, 2026-05-11",
			// The declaration answer: ten working days over Whit Monday 2026 (25 May).
			"2026-05-20, 10, 2026-06-04",
			"2026-11-16, 0, 2026-11-16" })
	@DisplayName("Counts terms in working days past weekends and holidays (OP090, OP274, OP090x4)")
	void countsTermsInWorkingDays(LocalDate start, int days, LocalDate due) {
		assertThat(WorkingDays.after(start, days)).isEqualTo(due);
		if (days > 0) {
			assertThat(WorkingDays.between(start, due)).isEqualTo(days);
		}
	}

	@Test
	@DisplayName("Refuses a negative term")
	void refusesANegativeTerm() {
		assertThatThrownBy(() -> WorkingDays.after(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
		assertThat(WorkingDays.between(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 1))).isZero();
	}
}
