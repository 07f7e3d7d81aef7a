package nl.jeugdregie.platform.format;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * {@link DutchFormat} for templates, as the bean {@code fmt}: {@code ${@fmt.date(day)}}. Instance methods, because
 * Thymeleaf forbids static calls where it evaluates expressions restricted (in {@code th:attr} and inlined text).
 */
public final class TemplateFormat {

	TemplateFormat() {}

	public String date(@Nullable TemporalAccessor day) {
		return DutchFormat.date(day);
	}

	public String dateTime(@Nullable TemporalAccessor moment) {
		return DutchFormat.dateTime(moment);
	}

	public String longDate(@Nullable TemporalAccessor day) {
		return DutchFormat.longDate(day);
	}

	public String longDateTime(@Nullable TemporalAccessor moment) {
		return DutchFormat.longDateTime(moment);
	}

	public String timestamp(@Nullable TemporalAccessor moment) {
		return DutchFormat.timestamp(moment);
	}

	public String euro(long cents) {
		return DutchFormat.euro(cents);
	}

	public String percent(BigDecimal value) {
		return DutchFormat.percent(value);
	}

	public String number(long value) {
		return DutchFormat.number(value);
	}

	public String count(long count, String singular, String plural) {
		return DutchFormat.count(count, singular, plural);
	}
}
