package nl.jeugdregie.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 15: validity periods, end-before-start refusals and euro amounts")
class ValidityPeriodUnitTests {

	private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

	@Test
	void overlapsWhenTheyShareADay() {
		var year = new ValidityPeriod(JAN_1, LocalDate.of(2027, 12, 31));
		assertThat(year.overlaps(new ValidityPeriod(LocalDate.of(2027, 12, 31), null))).isTrue();
		assertThat(year.overlaps(new ValidityPeriod(LocalDate.of(2028, 1, 1), null))).isFalse();
		assertThat(new ValidityPeriod(JAN_1, null).overlaps(new ValidityPeriod(LocalDate.of(2020, 1, 1), JAN_1))).isTrue();
		assertThat(year.days()).isEqualTo(365);
		assertThat(year.covers(new ValidityPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)))).isTrue();
		assertThat(year.covers(new ValidityPeriod(LocalDate.of(2027, 3, 1), null))).isFalse();
	}

	@Test
	void cannotEndBeforeItStarts() {
		assertThatThrownBy(() -> new ValidityPeriod(JAN_1, JAN_1.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
		assertThat(new EndNotBeforeStart().check(new DateRange("until", JAN_1, JAN_1.minusDays(1))))
				.hasValueSatisfying(refusal -> {
					assertThat(refusal.field()).isEqualTo("until");
					assertThat(refusal.code()).isEqualTo("allocation.period.endBeforeStart");
				});
		assertThat(new EndNotBeforeStart().check(new DateRange("until", JAN_1, JAN_1))).isEmpty();
		assertThat(new EndNotBeforeStart().check(new DateRange("until", JAN_1, null))).isEmpty();
	}

	@Test
	void readsEuroAmountsAsPeopleTypeThem() {
		assertThat(EuroAmounts.parseCents("84,50")).contains(8450L);
		assertThat(EuroAmounts.parseCents("€ 1.234,56")).contains(123456L);
		assertThat(EuroAmounts.parseCents("84.5")).contains(8450L);
		assertThat(EuroAmounts.parseCents("84")).contains(8400L);
		assertThat(EuroAmounts.parseCents("-1")).isEmpty();
		assertThat(EuroAmounts.parseCents("abc")).isEmpty();
		assertThat(EuroAmounts.parseCents("1,234")).isEmpty();
		assertThat(EuroAmounts.plain(8450)).isEqualTo("84.50");
	}
}
