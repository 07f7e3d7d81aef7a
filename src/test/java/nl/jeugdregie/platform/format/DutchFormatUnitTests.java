package nl.jeugdregie.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

class DutchFormatUnitTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 6);

	@Test
	void writesADayWithoutLeadingZeros() {
		assertThat(DutchFormat.date(DAY)).isEqualTo("6-11-2026");
		assertThat(DutchFormat.date(LocalDate.of(2027, 1, 1))).isEqualTo("1-1-2027");
	}

	@Test
	void writesNothingForAMissingDay() {
		assertThat(DutchFormat.date(null)).isEmpty();
		assertThat(DutchFormat.longDate(null)).isEmpty();
		assertThat(DutchFormat.dateTime(null)).isEmpty();
	}

	@Test
	void showsAnInstantInDutchTimeSoLateEveningIsStillThatDay() {
		// 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam.
		var newYear = Instant.parse("2026-12-31T23:30:00Z");
		assertThat(DutchFormat.date(newYear)).isEqualTo("1-1-2027");
		assertThat(DutchFormat.dateTime(newYear)).isEqualTo("1-1-2027 00:30");
		assertThat(DutchFormat.dateAtTime(newYear)).isEqualTo("1-1-2027 om 00:30");
	}

	@Test
	void keepsTheZoneOfAnOffsetMoment() {
		var utc = Instant.parse("2026-12-31T23:30:00Z").atOffset(ZoneOffset.UTC);
		assertThat(DutchFormat.date(utc)).isEqualTo("31-12-2026");
	}

	@Test
	void writesLongDatesWithDutchMonthNames() {
		assertThat(DutchFormat.longDate(LocalDate.of(2026, 11, 16))).isEqualTo("16 november 2026");
		assertThat(DutchFormat.longDateTime(LocalDateTime.of(2026, 3, 1, 9, 5))).isEqualTo("1 maart 2026, 09:05");
	}

	@Test
	void writesATimestampToTheSecondWithLeadingZeros() {
		assertThat(DutchFormat.timestamp(LocalDateTime.of(2026, 1, 2, 3, 4, 5))).isEqualTo("02-01-2026 03:04:05");
	}

	@Test
	void readsADayAsADateFieldSendsItOrAsPeopleTypeIt() {
		assertThat(DutchFormat.parseDate("2026-12-08")).contains(LocalDate.of(2026, 12, 8));
		assertThat(DutchFormat.parseDate(" 8-12-2026 ")).contains(LocalDate.of(2026, 12, 8));
		assertThat(DutchFormat.parseDate("08-12-2026")).contains(LocalDate.of(2026, 12, 8));
		assertThat(DutchFormat.parseDate("8 december")).isEmpty();
		assertThat(DutchFormat.parseDate("  ")).isEmpty();
		assertThat(DutchFormat.parseDate(null)).isEmpty();
	}

	@Test
	void writesEuroCentsWithThousandsPointsAndADecimalComma() {
		assertThat(DutchFormat.euro(123_456)).isEqualTo("€ 1.234,56");
		assertThat(DutchFormat.euro(252_096_918)).isEqualTo("€ 2.520.969,18");
		assertThat(DutchFormat.euro(5)).isEqualTo("€ 0,05");
		assertThat(DutchFormat.euro(0)).isEqualTo("€ 0,00");
		assertThat(DutchFormat.euro(-123_456)).isEqualTo("− € 1.234,56");
	}

	@Test
	void writesADifferenceWithItsSign() {
		assertThat(DutchFormat.signedEuro(1)).isEqualTo("+ € 0,01");
		assertThat(DutchFormat.signedEuro(-1)).isEqualTo("− € 0,01");
		assertThat(DutchFormat.signedEuro(0)).isEqualTo("€ 0,00");
	}

	@Test
	void writesPercentagesWithOneDecimalAtMost() {
		assertThat(DutchFormat.percent(new BigDecimal("89.75"))).isEqualTo("89,8%");
		assertThat(DutchFormat.percent(new BigDecimal("89.74"))).isEqualTo("89,7%");
		assertThat(DutchFormat.percent(new BigDecimal("90.00"))).isEqualTo("90%");
		assertThat(DutchFormat.percent(new BigDecimal("100"))).isEqualTo("100%");
	}

	@Test
	void writesFiguresWithOneOrTwoDecimals() {
		assertThat(DutchFormat.oneDecimal(new BigDecimal("1250"))).isEqualTo("1250");
		assertThat(DutchFormat.oneDecimal(new BigDecimal("12.05"))).isEqualTo("12,1");
		assertThat(DutchFormat.twoDecimals(new BigDecimal("92.50"))).isEqualTo("92,5");
		assertThat(DutchFormat.twoDecimals(new BigDecimal("11.00"))).isEqualTo("11");
		assertThat(DutchFormat.twoDecimals(null)).isEqualTo("–");
	}

	@Test
	void groupsThousandsInWholeNumbers() {
		assertThat(DutchFormat.number(1_234_567)).isEqualTo("1.234.567");
		assertThat(DutchFormat.number(999)).isEqualTo("999");
	}

	@Test
	void countsWithTheSingularOnlyForOne() {
		assertThat(DutchFormat.count(1, "hulpvraag", "hulpvragen")).isEqualTo("1 hulpvraag");
		assertThat(DutchFormat.count(2, "hulpvraag", "hulpvragen")).isEqualTo("2 hulpvragen");
		assertThat(DutchFormat.count(0, "hulpvraag", "hulpvragen")).isEqualTo("0 hulpvragen");
	}

	@Test
	void templatesReachTheStaticMethodsThroughTheBean() {
		// Thymeleaf evaluates ${@fmt.date(day)} with SpEL on the bean instance, without static calls; this is the same call.
		var context = new StandardEvaluationContext(new FormatConfiguration().fmt());
		var text = new SpelExpressionParser().parseExpression("date(#day)");
		context.setVariable("day", DAY);
		assertThat(text.getValue(context)).isEqualTo("6-11-2026");
	}
}
