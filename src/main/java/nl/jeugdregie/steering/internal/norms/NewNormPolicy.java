package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.input.DateBounds;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.NormPeriod;

/**
 * Checks a new norm the municipality adds to a core condition (STU-5): a code such as ISW-6, the agreement's
 * wording, a kind and period, a target that fits the kind (a percentage from 0 to 100, a whole count) or a
 * deadline, and the date it applies from, within the planning horizon.
 */
final class NewNormPolicy {

	private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}-[0-9]{1,3}");
	static final int MAX_DESCRIPTION_LENGTH = 2000;

	private final PercentageWithinRange percentages = new PercentageWithinRange();

	record NewNorm(String code, String description, NormKind kind, @Nullable BigDecimal target,
			@Nullable LocalDate deadline, NormPeriod period, LocalDate effectiveFrom) {}

	sealed interface Result {}

	record Accepted(NewNorm norm) implements Result {}

	record Refused(List<Refusal> refusals) implements Result {}

	Result check(@Nullable String code, @Nullable String description, @Nullable String kind, @Nullable String target,
			@Nullable String deadline, @Nullable String period, @Nullable String effectiveFrom, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		var normCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(normCode).matches()) {
			refusals.add(Refusal.of("code", "steering.refusal.norm.code.malformed"));
		}
		var text = description == null ? "" : description.strip();
		if (text.isEmpty() || text.length() > MAX_DESCRIPTION_LENGTH) {
			refusals.add(Refusal.of("description", "steering.refusal.norm.description.missing", MAX_DESCRIPTION_LENGTH));
		}
		var normKind = parse(NormKind.class, kind);
		if (normKind == null) {
			refusals.add(Refusal.of("kind", "steering.refusal.norm.kind.missing"));
		}
		var normPeriod = parse(NormPeriod.class, period);
		if (normPeriod == null) {
			refusals.add(Refusal.of("period", "steering.refusal.norm.period.missing"));
		}
		var from = date(effectiveFrom);
		if (from == null) {
			refusals.add(Refusal.of("effectiveFrom", "steering.refusal.norm.date.malformed"));
		}
		else if (!DateBounds.isWithinEffectiveHorizon(from, today)) {
			refusals.add(Refusal.of("effectiveFrom", "steering.refusal.norm.date.outOfRange", DateBounds.EFFECTIVE_HORIZON_YEARS));
			from = null;
		}
		BigDecimal value = null;
		LocalDate due = null;
		if (normKind == NormKind.DEADLINE) {
			due = date(deadline);
			if (due == null) {
				refusals.add(Refusal.of("deadline", "steering.refusal.norm.date.malformed"));
			}
		}
		else if (normKind != null) {
			value = Figures.parse(target).orElse(null);
			if (value == null) {
				refusals.add(Refusal.of("target", "steering.refusal.value.malformed"));
			}
			else if (normKind.percentage()) {
				percentages.check("target", value).ifPresent(refusals::add);
			}
			else if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
				refusals.add(Refusal.of("target", "steering.refusal.count.malformed"));
			}
		}
		if (!refusals.isEmpty() || normKind == null || normPeriod == null || from == null) {
			return new Refused(List.copyOf(refusals));
		}
		return new Accepted(new NewNorm(normCode, text, normKind, value, due, normPeriod, from));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
		if (name == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.strip().indexOf('-') == 4 ? LocalDate.parse(text.strip())
					: LocalDate.parse(text.strip(), DutchFormat.DAY);
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}
}
